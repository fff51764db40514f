import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Communication category. */
export const communicationTools: readonly BuiltinTool[] = [];
