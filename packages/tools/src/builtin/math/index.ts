import type { BuiltinTool } from "../define-tool.js";
import { addBinaryNumbers } from "./add-binary-numbers.js";
import { calcBinomialProbability } from "./calc-binomial-probability.js";
import { calculateCosineSimilarity } from "./calculate-cosine-similarity.js";
import { calculateGcdLcm } from "./calculate-gcd-lcm.js";
import { calculateIntercept } from "./calculate-intercept.js";
import { calculateMatrixDeterminant } from "./calculate-matrix-determinant.js";
import { calculateMean } from "./calculate-mean.js";
import { calculatePermutations } from "./calculate-permutations.js";
import { calculateSlope } from "./calculate-slope.js";
import { calculateStandardDeviation } from "./calculate-standard-deviation.js";
import { calculateTriangleArea } from "./calculate-triangle-area.js";
import { calculateTriangleProperties } from "./calculate-triangle-properties.js";
import { checkPrimeNumber } from "./check-prime-number.js";
import { convertBinaryToDecimal } from "./convert-binary-to-decimal.js";
import { convertCoordinates } from "./convert-coordinates.js";
import { convertDecimalToHex } from "./convert-decimal-to-hex.js";
import { convertNumberBase } from "./convert-number-base.js";
import { convertRomanNumeral } from "./convert-roman-numeral.js";
import { countCombinations } from "./count-combinations.js";
import { estimateDerivative } from "./estimate-derivative.js";
import { evaluatePolynomial } from "./evaluate-polynomial.js";
import { factorizeInteger } from "./factorize-integer.js";
import { generateFibonacciSequence } from "./generate-fibonacci-sequence.js";
import { generateRandomNumber } from "./generate-random-number.js";
import { geometryAreaCircle } from "./geometry-area-circle.js";
import { getDistance } from "./get-distance.js";
import { getFibonacciNumber } from "./get-fibonacci-number.js";
import { getFibonacciSequence } from "./get-fibonacci-sequence.js";
import { getPrimeFactors } from "./get-prime-factors.js";
import { integratePolynomial } from "./integrate-polynomial.js";
import { linearRegression } from "./linear-regression.js";
import { matMul } from "./mat-mul.js";
import { mathFactorial } from "./math-factorial.js";
import { mathGcd } from "./math-gcd.js";
import { mathLcm } from "./math-lcm.js";
import { polygonArea } from "./polygon-area.js";
import { predictValue } from "./predict-value.js";
import { quadraticRoots } from "./quadratic-roots.js";
import { solveLinearSystem } from "./solve-linear-system.js";
import { solveQuadratic } from "./solve-quadratic.js";
import { validatePolygon } from "./validate-polygon.js";

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
  // BFCL's executable functions, under their BFCL names and parameters
  getFibonacciSequence,
  getFibonacciNumber,
  estimateDerivative,
  mathGcd,
  mathLcm,
  mathFactorial,
  geometryAreaCircle,
  getDistance,
  calculateMean,
  calculateStandardDeviation,
  calcBinomialProbability,
  calculatePermutations,
  calculateCosineSimilarity,
  matMul,
  getPrimeFactors,
  quadraticRoots,
  calculateTriangleArea,
  addBinaryNumbers,
  convertBinaryToDecimal,
  convertDecimalToHex,
  linearRegression,
  calculateSlope,
  calculateIntercept,
  predictValue,
  polygonArea,
  validatePolygon,
  convertCoordinates,
  generateRandomNumber,
];
