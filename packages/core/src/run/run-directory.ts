import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ConversionError } from "../errors/conversion-error.js";
import { parseJson } from "../json/parse-json.js";
import { toPlainJson } from "../json/to-plain-json.js";
import { readJsonl } from "../jsonl/read-jsonl.js";
import { type Example, exampleSchema } from "../schemas/example.js";
import { type RunStats, runStatsSchema } from "./run-stats.js";

/**
 * The files of a run directory, relative to it. Everything a run makes lives there, so it can be resumed,
 * inspected, published and trained on.
 */
export const runFiles = {
  /** The resolved run config, as JSON. */
  config: "config.json",
  /**
   * Append-only: every candidate with every stage verdict and its reason, accepted or not (except surplus ones,
   * which passed after their style's target was met and are only counted in the pipeline's journal).
   */
  candidates: "candidates.jsonl",
  /** Append-only: the accepted rows, canonical `Example`s with provenance. */
  accepted: "accepted.jsonl",
  /** Rows offered to the generator as few-shot examples. */
  seedPool: "seed-pool.jsonl",
  /** The content-addressed model response cache. */
  cache: "cache",
  /** The funnel and counts, see `RunStats`. */
  stats: "stats.json",
} as const;

/**
 * Streams the accepted rows of a run directory, each validated as an `Example`. A torn last line (a run killed
 * mid-write) is skipped: the run rewrites that row when resumed.
 *
 * @example
 * for await (const example of readRunExamples("runs/finance")) { ... }
 */
export async function* readRunExamples(runDir: string): AsyncGenerator<Example> {
  const path = join(runDir, runFiles.accepted);
  for await (const { line, value } of readJsonl(path, { truncatedTail: "ignore" })) {
    const parsed = exampleSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConversionError({
        format: `apigen run rows (${path})`,
        row: line,
        ...(issue?.path.length ? { field: issue.path.join(".") } : {}),
        reason: issue?.message ?? "not an apigen row",
      });
    }
    yield parsed.data;
  }
}

/** Reads and validates `stats.json` of a run directory; a missing or malformed file throws naming it. */
export async function readRunStats(runDir: string): Promise<RunStats> {
  const path = join(runDir, runFiles.stats);
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      throw new ConversionError({
        format: "apigen run stats",
        reason: `${path} does not exist: is ${runDir} a run directory (made by apigen generate --out)?`,
      });
    }
    throw error;
  });
  const parsed = runStatsSchema.safeParse(toPlainJson(parseJson(text)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConversionError({
      format: `apigen run stats (${path})`,
      ...(issue?.path.length ? { field: issue.path.join(".") } : {}),
      reason: issue?.message ?? "not a stats file",
    });
  }
  return parsed.data;
}
