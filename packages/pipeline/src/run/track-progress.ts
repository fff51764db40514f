import type { FunnelCounts, QueryStyle } from "@apigen/core";
import type { CandidateRecord } from "../records/index.js";
import { classifyRecord } from "../stats/classify-record.js";
import type { RunProgress } from "./run-events.js";

/** Counts for the progress display, kept as records arrive (the stats collector does the full breakdowns). */
export interface ProgressTracker {
  record(record: CandidateRecord): void;
  prompts: RunProgress["prompts"];
  snapshot(acceptedByStyle: Partial<Record<QueryStyle, number>>): RunProgress;
}

/** Starts from the funnel already on disk (a resumed run) and the target; rates count this process only. */
export function createProgressTracker({
  funnel,
  target,
  startedAt = Date.now(),
}: {
  funnel: FunnelCounts;
  target: number;
  startedAt?: number;
}): ProgressTracker {
  const failed = { ...funnel.failed };
  let generated = funnel.generated;
  let acceptedHere = 0;
  const prompts = { sent: 0, inFlight: 0, waiting: 0, failed: 0 };
  return {
    prompts,
    record(record) {
      generated++;
      const outcome = classifyRecord(record);
      if (outcome.kind === "accepted") {
        acceptedHere++;
      } else {
        failed[outcome.kind]++;
      }
    },
    snapshot(acceptedByStyle) {
      const accepted = Object.values(acceptedByStyle).reduce((sum, count) => sum + (count ?? 0), 0);
      const minutes = (Date.now() - startedAt) / 60_000;
      const rowsPerMinute = minutes > 0 ? acceptedHere / minutes : 0;
      const left = Math.max(0, target - accepted);
      return {
        accepted,
        target,
        acceptedByStyle: { ...acceptedByStyle },
        generated,
        failed: { ...failed },
        prompts: { ...prompts },
        rowsPerMinute,
        etaMs: rowsPerMinute > 0 ? (left / rowsPerMinute) * 60_000 : undefined,
      };
    },
  };
}
