import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Music category. */
export const musicTools: readonly BuiltinTool[] = [];
