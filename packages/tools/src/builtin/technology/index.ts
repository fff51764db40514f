import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Technology category. */
export const technologyTools: readonly BuiltinTool[] = [];
