/** How {@link roundTo} settles the last kept digit. */
export type RoundingMethod = "binary" | "decimal" | "half-away-from-zero" | "epsilon";

/** Options of {@link roundTo}. */
export interface RoundToOptions {
  /**
   * - `"binary"`: `Math.round(value * 10 ** decimals) / 10 ** decimals`. A tie is judged on the binary product
   *   and goes up: 0.285 → 0.28 (the product is 28.499999…), -2.5 → -2.
   * - `"decimal"`: a tie is judged on the decimal digits as written and goes up: 1.005 → 1.01, 0.285 → 0.29.
   * - `"half-away-from-zero"`: the magnitude is scaled, nudged by `Number.EPSILON` and rounded, so a tie goes
   *   away from zero: -2.5 → -3 (the usual rule for money).
   * - `"epsilon"`: `Number.EPSILON` is added to the value before scaling, which carries ties below 2 up
   *   (1.005 → 1.01) but not larger ones (2.135 → 2.13).
   *
   * @default "binary"
   */
  method?: RoundingMethod;
}

/**
 * Rounds to a number of decimals and never returns -0.
 *
 * @example
 * roundTo(2.345, 2); // 2.35
 * roundTo(1.005, 2, { method: "decimal" }); // 1.01
 * roundTo(-2.5, 0, { method: "half-away-from-zero" }); // -3
 */
export function roundTo(value: number, decimals: number, { method = "binary" }: RoundToOptions = {}): number {
  const factor = 10 ** decimals;
  let rounded: number;
  if (method === "decimal") {
    rounded = Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
    if (!Number.isFinite(rounded)) {
      rounded = Math.round(value * factor) / factor;
    }
  } else if (method === "half-away-from-zero") {
    rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
  } else if (method === "epsilon") {
    rounded = Math.round((value + Number.EPSILON) * factor) / factor;
  } else {
    rounded = Math.round(value * factor) / factor;
  }
  return rounded === 0 ? 0 : rounded;
}
