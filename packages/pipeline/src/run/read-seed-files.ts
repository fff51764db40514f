import { type Example, exampleSchema, type Random, type RunConfig, readJsonl } from "@apigen/core";
import { createSeedPool, type SeedPool } from "@apigen/generator";
import { RunDirectoryError } from "./run-directory-error.js";

/**
 * Reads seed rows (canonical `Example`s, one per line, as in another run's `accepted.jsonl`) for the few-shot
 * pool. A row that is not an `Example` is an error naming the file and line.
 */
export async function readSeedFiles(paths: readonly string[]): Promise<Example[]> {
  const seeds: Example[] = [];
  for (const path of paths) {
    for await (const { line, value } of readJsonl(path)) {
      const parsed = exampleSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new RunDirectoryError(
          `seed file ${path}, line ${line}: not an apigen row (${issue?.path.join(".") || "row"}: ${issue?.message})`,
        );
      }
      seeds.push(parsed.data);
    }
  }
  return seeds;
}

/** The run's few-shot pool: the seed files' rows, capped as the config says, on its own fork of `random`. */
export async function openSeedPool(config: RunConfig, random: Random): Promise<SeedPool> {
  return createSeedPool({
    random: random.fork("seed-pool"),
    seeds: await readSeedFiles(config.seedPool.files),
    maxPerTool: config.seedPool.maxPerTool,
    maxSize: config.seedPool.maxSize,
  });
}
