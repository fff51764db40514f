import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Social category. */
export const socialTools: readonly BuiltinTool[] = [];
