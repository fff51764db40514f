import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Education category. */
export const educationTools: readonly BuiltinTool[] = [];
