/**
 * The greatest common divisor of two non-negative integers (Euclid's algorithm).
 *
 * @example
 * greatestCommonDivisor(1920, 1080); // 120
 */
export function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
