import type { Example, QueryStyle, Random } from "@apigen/core";

/** Options of {@link createSeedPool}. */
export interface SeedPoolOptions {
  /** From `createRandom(seed)` in `@apigen/core`; the pool uses its own fork of it. */
  random: Random;
  /** Starting rows (seed files); may be empty. They go through {@link SeedPool.add}, caps included. */
  seeds?: readonly Example[];
  /**
   * Most rows kept that call the same tool (so the pool does not collapse onto a few tools). A row counts for
   * every tool it calls; a row with no call counts for its first offered tool.
   * @default 3
   */
  maxPerTool?: number;
  /** Most rows kept in all; when full, a new row replaces a random row of the most represented tool. @default 500 */
  maxSize?: number;
}

/** The few-shot examples of generation prompts; it grows with verified rows. See {@link createSeedPool}. */
export interface SeedPool {
  /** Offers an accepted row; returns whether it was kept. */
  add(example: Example): boolean;
  /**
   * Up to `count` rows of `style` (falling back to rows of any style when too few), preferring rows whose tools
   * differ from `avoidTools`. Same style comes first, then rows without the avoided tools.
   */
  sample(options: { style: QueryStyle; count: number; avoidTools?: readonly string[] }): Example[];
  /** How many rows the pool holds. */
  readonly size: number;
  /** Every row kept, for persisting (`seed-pool.jsonl`). */
  entries(): Example[];
}

/**
 * Creates the seed pool, the paper's seed-data updater: verified rows become few-shot examples of later
 * prompts. It keeps at most `maxPerTool` rows per tool and `maxSize` rows in all (a new row then replaces a
 * random row of the most represented tool, when the new row's tools are less represented), and drops a row
 * whose query it already holds.
 *
 * @example
 * const pool = createSeedPool({ random: createRandom(1), seeds });
 * pool.add(acceptedRow);
 * const examples = pool.sample({ style: "parallel", count: 2, avoidTools: draw.tools.map((t) => t.name) });
 */
export function createSeedPool({
  random: parentRandom,
  seeds = [],
  maxPerTool = 3,
  maxSize = 500,
}: SeedPoolOptions): SeedPool {
  for (const [option, value] of [
    ["maxPerTool", maxPerTool],
    ["maxSize", maxSize],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new TypeError(`${option} must be an integer >= 1, got ${String(value)}`);
    }
  }
  const random = parentRandom.fork("seed-pool");
  const rows: Example[] = [];
  const perTool = new Map<string, Example[]>();
  const queries = new Set<string>();

  const forget = (row: Example) => {
    rows.splice(rows.indexOf(row), 1);
    queries.delete(row.query);
    for (const tool of toolsCalled(row)) {
      const list = perTool.get(tool) ?? [];
      list.splice(list.indexOf(row), 1);
      if (list.length === 0) {
        perTool.delete(tool);
      }
    }
  };

  const add = (example: Example): boolean => {
    const called = toolsCalled(example);
    if (queries.has(example.query) || called.some((tool) => (perTool.get(tool)?.length ?? 0) >= maxPerTool)) {
      return false;
    }
    if (rows.length >= maxSize) {
      let crowded: Example[] = [];
      for (const list of perTool.values()) {
        crowded = list.length > crowded.length ? list : crowded;
      }
      const mine = Math.max(...called.map((tool) => perTool.get(tool)?.length ?? 0));
      if (crowded.length <= mine) {
        return false;
      }
      forget(random.pick(crowded));
    }
    rows.push(example);
    queries.add(example.query);
    for (const tool of called) {
      perTool.set(tool, [...(perTool.get(tool) ?? []), example]);
    }
    return true;
  };

  for (const seed of seeds) {
    add(seed);
  }

  return {
    add,
    sample: ({ style, count, avoidTools = [] }) => {
      const avoid = new Set(avoidTools);
      const clear = (row: Example) =>
        !row.tools.some((tool) => avoid.has(tool.name)) && !row.answers.some((call) => avoid.has(call.name));
      const tiers: Example[][] = [[], [], [], []];
      for (const row of rows) {
        (tiers[(row.style === style ? 0 : 2) + (clear(row) ? 0 : 1)] as Example[]).push(row);
      }
      return tiers.flatMap((tier) => random.shuffle(tier)).slice(0, Math.max(0, count));
    },
    get size() {
      return rows.length;
    },
    entries: () => [...rows],
  };
}

/** The tools a row is about: those it calls, or its first offered tool when it calls none. */
function toolsCalled(row: Example): string[] {
  const called = [...new Set(row.answers.map((call) => call.name))];
  return called.length > 0 ? called : [row.tools[0]?.name ?? ""];
}
