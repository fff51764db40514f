import type { StageVerdict, VerificationStage } from "@apigen/core";

/** How many candidates one stage stopped, and why. */
export interface FunnelStage {
  failed: number;
  /** Failures by reason code, most frequent first. */
  reasons: Record<string, number>;
}

/** The verification funnel, as in the paper's Table 1: what each stage stopped and what got through. */
export interface FunnelSummary {
  total: number;
  accepted: number;
  /** `accepted / total`, 0 when there is nothing. */
  passRate: number;
  stages: Record<VerificationStage, FunnelStage>;
}

/**
 * Counts verified candidates: for each stage, how many it stopped (by reason code), and how many were accepted.
 * A rejected candidate counts at the stage of its first failing verdict.
 *
 * @example
 * summarizeFunnel(results); // { total: 150, accepted: 57, passRate: 0.38, stages: { format: { failed: 62, ... } } }
 */
export function summarizeFunnel(
  results: Iterable<{ verdicts: readonly StageVerdict[]; accepted: boolean }>,
): FunnelSummary {
  const counts: Record<VerificationStage, Map<string, number>> = {
    format: new Map(),
    execution: new Map(),
    semantic: new Map(),
  };
  let total = 0;
  let accepted = 0;
  for (const result of results) {
    total++;
    const failure = result.verdicts.find((verdict) => !verdict.pass);
    if (failure === undefined) {
      accepted += result.accepted ? 1 : 0;
      continue;
    }
    const reasons = counts[failure.stage];
    reasons.set(failure.reason, (reasons.get(failure.reason) ?? 0) + 1);
  }
  const stage = (reasons: Map<string, number>): FunnelStage => {
    const sorted = [...reasons].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    return { failed: sorted.reduce((sum, [, count]) => sum + count, 0), reasons: Object.fromEntries(sorted) };
  };
  return {
    total,
    accepted,
    passRate: total === 0 ? 0 : accepted / total,
    stages: {
      format: stage(counts.format),
      execution: stage(counts.execution),
      semantic: stage(counts.semantic),
    },
  };
}
