/** Options of {@link percentage}. */
export interface PercentageOptions {
  /**
   * Decimals of the percentage.
   *
   * @default 2
   */
  decimals?: number;
}

/**
 * `part` as a percentage of `whole`, rounded (`Math.round` on the scaled ratio); 0 when `whole` is 0.
 *
 * @example
 * percentage(1, 3); // 33.33
 * percentage(5, 0); // 0
 */
export function percentage(part: number, whole: number, { decimals = 2 }: PercentageOptions = {}): number {
  if (whole === 0) {
    return 0;
  }
  const rounded = Math.round((part / whole) * 10 ** (decimals + 2)) / 10 ** decimals;
  return rounded === 0 ? 0 : rounded;
}
