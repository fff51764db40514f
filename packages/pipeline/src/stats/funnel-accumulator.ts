import type { FunnelCounts } from "@apigen/core";

/** How one candidate ended: accepted, or failed at a stage (or as a duplicate) with a reason code. */
export type CandidateOutcome =
  | { kind: "accepted" }
  | { kind: "format" | "execution" | "semantic" | "duplicate"; reason: string };

/** Running counts of one funnel. */
export interface FunnelAccumulator {
  generated: number;
  accepted: number;
  failed: { format: number; execution: number; semantic: number; duplicate: number };
  reasons: Map<string, number>;
}

/** An empty funnel. */
export function createFunnelAccumulator(): FunnelAccumulator {
  return {
    generated: 0,
    accepted: 0,
    failed: { format: 0, execution: 0, semantic: 0, duplicate: 0 },
    reasons: new Map(),
  };
}

/** Counts one candidate's outcome; a failure also counts its `stage/reason`. */
export function addOutcome(funnel: FunnelAccumulator, outcome: CandidateOutcome): void {
  funnel.generated++;
  if (outcome.kind === "accepted") {
    funnel.accepted++;
    return;
  }
  funnel.failed[outcome.kind]++;
  const key = `${outcome.kind}/${outcome.reason}`;
  funnel.reasons.set(key, (funnel.reasons.get(key) ?? 0) + 1);
}

/** The counts as core's `FunnelCounts`, reasons most first (ties by name). */
export function toFunnelCounts(funnel: FunnelAccumulator): FunnelCounts {
  const reasons = [...funnel.reasons].sort(
    ([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    generated: funnel.generated,
    accepted: funnel.accepted,
    failed: { ...funnel.failed },
    passRate: funnel.generated === 0 ? 0 : funnel.accepted / funnel.generated,
    reasons: Object.fromEntries(reasons),
  };
}
