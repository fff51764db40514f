import { createHash } from "node:crypto";
import { createRandom, type Example, normalizeQuery } from "@apigen/core";
import { ExportError } from "../errors/export-error.js";
import type { SplitSpec } from "./parse-split-spec.js";
import { unitHash } from "./unit-hash.js";

/** The names of the splits an export writes. */
export type SplitName = "train" | "test";

/** What to hold out whole: every row offering a held-out tool, or of a held-out category, goes to `test`. */
export type HoldOut = "tool" | "category";

/** Options of {@link planSplits}. */
export interface PlanSplitsOptions {
  /** Reads the rows again from the start (the plan may need passes before the export). */
  examples: () => AsyncIterable<Example>;
  /** The test share; without it and without `holdOut`, everything is `train`. */
  split?: SplitSpec;
  /** Hold out whole tools or categories instead of single rows. */
  holdOut?: HoldOut;
  /** Seeds every choice, so the same run and seed always split the same way. */
  seed: number;
}

/** Which split each row goes to. */
export interface SplitPlan {
  names: SplitName[];
  assign(example: Example): SplitName;
  /** The tools or categories held out, when holding out. */
  heldOut: string[] | undefined;
}

const queryKey = (example: Example) =>
  createHash("sha1").update(normalizeQuery(example.query)).digest("hex").slice(0, 16);
const categoryOf = (example: Example) => example.category ?? "uncategorized";

/**
 * Plans a seeded split with no near-duplicate query on both sides: rows whose queries are equal after
 * {@link normalizeQuery} always land together. By row, a seeded hash of the normalised query decides; with
 * `holdOut`, whole tools (every tool a row offers) or categories are drawn until the rows they hold (each row
 * counted once) cover the test share, and
 * any row whose normalised query also occurs in a held-out row follows it to `test`.
 */
export async function planSplits({ examples, split, holdOut, seed }: PlanSplitsOptions): Promise<SplitPlan> {
  if (split === undefined && holdOut === undefined) {
    return { names: ["train"], assign: () => "train", heldOut: undefined };
  }
  const share = split?.test ?? 0.1;
  if (holdOut === undefined) {
    return {
      names: ["train", "test"],
      assign: (example) => (unitHash(seed, normalizeQuery(example.query)) < share ? "test" : "train"),
      heldOut: undefined,
    };
  }
  const keysOf = (example: Example) =>
    holdOut === "tool" ? example.tools.map((tool) => tool.name) : [categoryOf(example)];
  // Rows by key, so that a row offering several held-out tools counts once towards the test share.
  const rowsByKey = new Map<string, number[]>();
  let total = 0;
  for await (const example of examples()) {
    const row = total++;
    for (const key of new Set(keysOf(example))) {
      const rows = rowsByKey.get(key);
      if (rows === undefined) {
        rowsByKey.set(key, [row]);
      } else {
        rows.push(row);
      }
    }
  }
  if (rowsByKey.size < 2) {
    throw new ExportError({
      kind: "invalid_split",
      message: `cannot hold out a ${holdOut}: the run has ${rowsByKey.size === 0 ? "no" : "only one"} ${holdOut === "tool" ? "tool" : "category"}`,
    });
  }
  const order = createRandom(seed).shuffle([...rowsByKey.keys()].sort());
  const held = new Set<string>();
  const inTest = new Uint8Array(total);
  let covered = 0;
  for (const key of order.slice(0, -1)) {
    if (held.size > 0 && covered >= share * total) {
      break;
    }
    held.add(key);
    for (const row of rowsByKey.get(key) ?? []) {
      covered += inTest[row] === 1 ? 0 : 1;
      inTest[row] = 1;
    }
  }
  const isHeld = (example: Example) => keysOf(example).some((key) => held.has(key));
  const testQueries = new Set<string>();
  for await (const example of examples()) {
    if (isHeld(example)) {
      testQueries.add(queryKey(example));
    }
  }
  return {
    names: ["train", "test"],
    assign: (example) => (isHeld(example) || testQueries.has(queryKey(example)) ? "test" : "train"),
    heldOut: [...held].sort(),
  };
}
