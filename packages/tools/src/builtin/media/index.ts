import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Media category. */
export const mediaTools: readonly BuiltinTool[] = [];
