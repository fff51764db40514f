/**
 * Rounds to a number of significant digits (for very large or very small quantities) and never returns -0.
 *
 * @example
 * roundSignificant(299792458, 3); // 300000000
 * roundSignificant(0.000123456, 2); // 0.00012
 */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0) {
    return 0;
  }
  const rounded = Number(value.toPrecision(digits));
  return rounded === 0 ? 0 : rounded;
}
