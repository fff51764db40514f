import type { Random } from "@apigen/core";
import type { CategoryGroup, ToolLibrary } from "./tool-library.js";

/** Options of {@link fillLeastUsed}. */
export interface FillLeastUsedOptions {
  library: ToolLibrary;
  random: Random;
  /** Choose a category by weight for every tool, instead of taking all a category can give at once. */
  crossCategory: boolean;
  /** The category to take from first; undefined chooses one by weight. */
  first: CategoryGroup | undefined;
  /** How many tools `chosen` should hold in the end. */
  need: number;
  /** The tools (ids) drawn so far; filled in place. */
  chosen: Set<number>;
  /** Which categories may give tools. */
  accept: (group: CategoryGroup) => boolean;
}

/**
 * Adds the least-used tools of accepted categories to `chosen` until it holds `need` (or every accepted
 * category is used up): from `first`, then from categories chosen by weight. O(categories) per category
 * visited, plus O(1) expected per tool.
 *
 * @example
 * fillLeastUsed({ library, random, crossCategory: false, first: group, need: 4, chosen, accept: () => true });
 */
export function fillLeastUsed({
  library,
  random,
  crossCategory,
  first,
  need,
  chosen,
  accept,
}: FillLeastUsedOptions): void {
  const taken = new Map<CategoryGroup, number>();
  for (const id of chosen) {
    taken.set(library.group(id), (taken.get(library.group(id)) ?? 0) + 1);
  }
  const open = (group: CategoryGroup) => accept(group) && (taken.get(group) ?? 0) < group.all.size;
  let group = first;
  while (chosen.size < need) {
    group ??= library.pickGroup(random, open);
    if (group === undefined) {
      return;
    }
    const picked = group.all.leastUsed(crossCategory ? 1 : need - chosen.size, chosen, random);
    for (const id of picked) {
      chosen.add(id);
    }
    // Outside crossCategory a category gives all it can at once: fewer than asked means it is used up.
    taken.set(group, crossCategory ? (taken.get(group) ?? 0) + picked.length : group.all.size);
    group = undefined;
  }
}
