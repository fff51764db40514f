import type { QueryStyle } from "@apigen/core";

/** The mix of query styles a run asks for when its config sets no target. */
export const defaultStyleMix: Readonly<Partial<Record<QueryStyle, number>>> = {
  simple: 0.3,
  multiple: 0.2,
  parallel: 0.2,
  parallel_multiple: 0.2,
  no_call: 0.05,
  missing_argument: 0.05,
};

/**
 * Splits `count` rows over the styles of `weights`, in proportion, by largest remainder: the parts are whole
 * numbers that add up to exactly `count`, and ties go to the style listed first.
 *
 * @example
 * spreadCount({ count: 10, weights: { simple: 1, parallel: 1, no_call: 1 } }) // { simple: 4, parallel: 3, no_call: 3 }
 */
export function spreadCount({
  count,
  weights = defaultStyleMix,
}: {
  count: number;
  weights?: Readonly<Partial<Record<QueryStyle, number>>>;
}): Partial<Record<QueryStyle, number>> {
  if (!Number.isInteger(count) || count < 0) {
    throw new TypeError(`count must be a whole number of at least 0, got ${count}`);
  }
  const entries = Object.entries(weights).filter(
    (entry): entry is [QueryStyle, number] => (entry[1] ?? 0) > 0,
  );
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  if (total === 0) {
    throw new TypeError("spreadCount needs at least one style with a positive weight");
  }
  const parts = entries.map(([style, weight], order) => {
    const exact = (count * weight) / total;
    return { style, order, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = count - parts.reduce((sum, part) => sum + part.whole, 0);
  for (const part of [...parts].sort((a, b) =>
    Math.abs(b.remainder - a.remainder) > 1e-9 ? b.remainder - a.remainder : a.order - b.order,
  )) {
    if (left === 0) {
      break;
    }
    part.whole++;
    left--;
  }
  return Object.fromEntries(parts.map((part) => [part.style, part.whole]));
}
