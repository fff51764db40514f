import type { BfclExecEntry } from "./load-bfcl-exec-category.js";

/** Which executable entries a tool library can score, and which functions it lacks. */
export interface BfclExecCoverage {
  /** Entries seen, per category. */
  total: Record<string, number>;
  /** Entries whose every offered function (and so every ground-truth call) the library implements. */
  evaluable: Record<string, number>;
  /** Ids of the evaluable entries. */
  evaluableIds: string[];
  /** Functions the entries offer that the library lacks, with how many entries offer each, most first. */
  missing: { name: string; entries: number }[];
}

/** True when every function an entry offers is among `toolNames`. */
export function isBfclExecEntryCovered(entry: BfclExecEntry, toolNames: ReadonlySet<string>): boolean {
  return entry.docs.every((doc) => toolNames.has(doc.name));
}

/**
 * Counts, for executable entries, those a tool library can score: an entry is evaluable when the library has
 * every function the entry offers (by name), so the model's calls and the ground truth can both run.
 *
 * @example
 * const coverage = bfclExecCoverage({ entries, toolNames: new Set(builtinTools.map((tool) => tool.tool.name)) });
 */
export function bfclExecCoverage({
  entries,
  toolNames,
}: {
  entries: Iterable<BfclExecEntry>;
  toolNames: ReadonlySet<string>;
}): BfclExecCoverage {
  const coverage: BfclExecCoverage = { total: {}, evaluable: {}, evaluableIds: [], missing: [] };
  const missing = new Map<string, number>();
  for (const entry of entries) {
    coverage.total[entry.category] = (coverage.total[entry.category] ?? 0) + 1;
    coverage.evaluable[entry.category] ??= 0;
    if (isBfclExecEntryCovered(entry, toolNames)) {
      coverage.evaluable[entry.category] = (coverage.evaluable[entry.category] ?? 0) + 1;
      coverage.evaluableIds.push(entry.id);
    }
    for (const name of new Set(entry.docs.map((doc) => doc.name))) {
      if (!toolNames.has(name)) {
        missing.set(name, (missing.get(name) ?? 0) + 1);
      }
    }
  }
  coverage.missing = [...missing]
    .map(([name, entries]) => ({ name, entries }))
    .sort((left, right) => right.entries - left.entries || left.name.localeCompare(right.name));
  return coverage;
}
