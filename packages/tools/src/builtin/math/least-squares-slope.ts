import { ToolArgumentError } from "../../errors/tool-argument-error.js";

/** A schema for a list of integer coordinates. */
export const coordinatesSchema = (description: string) => ({
  type: "array" as const,
  items: { type: "integer" as const },
  minItems: 1,
  description,
});

/** The `x` and `y` parameters of BFCL's regression tools: equally long lists of integer coordinates. */
export const pointsProperties = {
  x: coordinatesSchema("The x coordinates of the points."),
  y: coordinatesSchema("The y coordinates of the points, as many as x."),
};

/**
 * Throws a `ToolArgumentError` on `y` unless `x` and `y` hold as many values, one per point.
 *
 * @example
 * requireSameLength([1, 2], [3, 4]); // passes
 */
export function requireSameLength(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) {
    throw new ToolArgumentError({
      message: `x has ${x.length} values and y ${y.length}; each point needs both`,
      argument: "y",
    });
  }
}

/**
 * The slope of the least-squares line through the points, after checking the lists agree.
 *
 * @example
 * leastSquaresSlope([1, 2, 3], [2, 4, 6]); // 2
 */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  requireSameLength(x, y);
  const meanX = mean(x);
  const meanY = mean(y);
  let numerator = 0;
  let denominator = 0;
  x.forEach((value, index) => {
    numerator += (value - meanX) * ((y[index] ?? 0) - meanY);
    denominator += (value - meanX) ** 2;
  });
  if (denominator === 0) {
    throw new ToolArgumentError({
      message: "all x values are equal, so the regression line is vertical and has no slope",
      argument: "x",
    });
  }
  return numerator / denominator;
}

/** The arithmetic mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
