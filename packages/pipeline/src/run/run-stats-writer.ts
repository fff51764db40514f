import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  createJsonlWriter,
  type Example,
  type FunnelCounts,
  type RunConfig,
  type RunStats,
  readRunStats,
  runFiles,
  stringifyJson,
} from "@apigen/core";
import { describeRunConfig } from "../config/index.js";
import type { CandidateRecord } from "../records/index.js";
import { rebuildStats } from "../stats/index.js";
import { modelUsageOf, type RunModels } from "./open-run-models.js";

/** Keeps `stats.json` (and `seed-pool.jsonl`) of a run up to date. */
export interface RunStatsWriter {
  record(record: CandidateRecord): void;
  /** The funnel so far, including earlier processes of the run. */
  funnel(): FunnelCounts;
  /** Writes both files atomically and returns the stats written. */
  write(status: RunStats["status"], seedPool: readonly Example[]): Promise<RunStats>;
}

/**
 * Rebuilds the run's statistics from `candidates.jsonl` (so a resumed run counts everything) and carries the
 * usage and wall time of earlier processes over from the last `stats.json`.
 */
export async function createRunStatsWriter({
  runDir,
  config,
  sources,
  models,
}: {
  runDir: string;
  config: RunConfig;
  sources: string[];
  models: RunModels;
}): Promise<RunStatsWriter> {
  const prior = await readRunStats(runDir).catch(() => undefined);
  const collector = await rebuildStats(runDir, {
    target: config.target.byStyle,
    seed: config.seed,
    sources,
    settings: describeRunConfig(config),
    models: models.names,
    ...(prior === undefined ? {} : { startedAt: prior.timing.startedAt, priorWallMs: prior.timing.wallMs }),
  });
  const usage = () => ({
    generator: modelUsageOf(models.usage.generator, prior?.usage.generator),
    ...(models.names.judge === undefined
      ? {}
      : { judge: modelUsageOf(models.usage.judge, prior?.usage.judge) }),
  });
  let writing = Promise.resolve<RunStats | undefined>(undefined);
  return {
    record: (record) => collector.record(record),
    funnel: () => collector.snapshot({ status: "running", usage: usage() }).funnel,
    write(status, seedPool) {
      // Writes go one at a time; a failed one (a full disk) does not stop the next from trying.
      const next = writing
        .catch(() => undefined)
        .then(async () => {
          const stats = collector.snapshot({ status, usage: usage(), now: new Date() });
          const path = join(runDir, runFiles.stats);
          await writeFile(`${path}.tmp`, `${stringifyJson(stats, { indent: 2 })}\n`);
          await rename(`${path}.tmp`, path);
          const pool = join(runDir, runFiles.seedPool);
          const writer = await createJsonlWriter(`${pool}.tmp`);
          for (const example of seedPool) {
            await writer.write(example);
          }
          await writer.close();
          await rename(`${pool}.tmp`, pool);
          return stats;
        });
      writing = next;
      return next;
    },
  };
}
