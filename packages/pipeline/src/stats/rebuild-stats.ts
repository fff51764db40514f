import { access } from "node:fs/promises";
import { join } from "node:path";
import { ConversionError, readJsonl, runFiles } from "@apigen/core";
import { candidateRecordSchema } from "../records/candidate-record.js";
import {
  createStatsCollector,
  type StatsCollector,
  type StatsCollectorOptions,
} from "./create-stats-collector.js";

/**
 * A stats collector filled from the `candidates.jsonl` of a run directory, for resuming a run and for
 * `apigen stats` on a run still going. A torn last line (a process killed mid-write) is ignored; a missing file
 * gives an empty collector; a line that is not a candidate record throws a `ConversionError` naming it.
 *
 * @example
 * const stats = await rebuildStats("runs/finance", { target, seed, sources, settings, models, priorWallMs });
 */
export async function rebuildStats(
  runDir: string,
  options: StatsCollectorOptions & { abortSignal?: AbortSignal },
): Promise<StatsCollector> {
  const { abortSignal, ...collectorOptions } = options;
  const collector = createStatsCollector(collectorOptions);
  const path = join(runDir, runFiles.candidates);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    return collector;
  }
  const readOptions = abortSignal === undefined ? {} : { abortSignal };
  for await (const { line, value } of readJsonl(path, { truncatedTail: "ignore", ...readOptions })) {
    const parsed = candidateRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConversionError({
        format: `apigen candidate records (${path})`,
        row: line,
        ...(issue?.path.length ? { field: issue.path.join(".") } : {}),
        reason: issue?.message ?? "not a candidate record",
      });
    }
    collector.record(parsed.data);
  }
  return collector;
}
