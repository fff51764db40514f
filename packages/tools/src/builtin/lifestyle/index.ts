import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Lifestyle category. */
export const lifestyleTools: readonly BuiltinTool[] = [];
