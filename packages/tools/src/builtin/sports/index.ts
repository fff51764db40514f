import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Sports category. */
export const sportsTools: readonly BuiltinTool[] = [];
