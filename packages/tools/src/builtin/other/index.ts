import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Other category. */
export const otherTools: readonly BuiltinTool[] = [];
