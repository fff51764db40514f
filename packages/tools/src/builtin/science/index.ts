import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Science category. */
export const scienceTools: readonly BuiltinTool[] = [];
