import type { BuiltinTool } from "../define-tool.js";
import { calculateGcdLcm } from "./calculate-gcd-lcm.js";
import { calculateMatrixDeterminant } from "./calculate-matrix-determinant.js";
import { calculateTriangleProperties } from "./calculate-triangle-properties.js";
import { checkPrimeNumber } from "./check-prime-number.js";
import { convertNumberBase } from "./convert-number-base.js";
import { convertRomanNumeral } from "./convert-roman-numeral.js";
import { countCombinations } from "./count-combinations.js";
import { evaluatePolynomial } from "./evaluate-polynomial.js";
import { factorizeInteger } from "./factorize-integer.js";
import { generateFibonacciSequence } from "./generate-fibonacci-sequence.js";
import { integratePolynomial } from "./integrate-polynomial.js";
import { solveLinearSystem } from "./solve-linear-system.js";
import { solveQuadratic } from "./solve-quadratic.js";

/** Built-in tools of the Math category. */
export const mathTools: readonly BuiltinTool[] = [
  solveQuadratic,
  calculateGcdLcm,
  checkPrimeNumber,
  factorizeInteger,
  countCombinations,
  convertNumberBase,
  solveLinearSystem,
  calculateMatrixDeterminant,
  generateFibonacciSequence,
  evaluatePolynomial,
  calculateTriangleProperties,
  convertRomanNumeral,
  integratePolynomial,
];
