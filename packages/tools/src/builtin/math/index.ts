import type { BuiltinTool } from "../define-tool.js";
import { solveQuadratic } from "./solve-quadratic.js";

/** Built-in tools of the Math category. */
export const mathTools: readonly BuiltinTool[] = [solveQuadratic];
