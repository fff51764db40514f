/** An inclusive range of counts, `1 <= min <= max`, both integers. */
export interface CountRange {
  min: number;
  max: number;
}

/**
 * Throws a `TypeError` naming the option when `range` is not a valid {@link CountRange}; returns it otherwise.
 *
 * @example
 * checkCountRange({ min: 2, max: 5 }, "toolsPerPrompt");
 */
export function checkCountRange(range: CountRange, option: string): CountRange {
  const { min, max } = range;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 1 || max < min) {
    throw new TypeError(
      `${option} must be integers with 1 <= min <= max, got {min: ${String(min)}, max: ${String(max)}}`,
    );
  }
  return range;
}
