import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Travel category. */
export const travelTools: readonly BuiltinTool[] = [];
