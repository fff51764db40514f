/**
 * `value` limited to the range from `min` to `max`.
 *
 * @example
 * clamp(3.1, 0, 2.375); // 2.375
 * clamp(-0.2, -1, 1); // -0.2
 */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
