import type { CandidateRecord } from "../records/candidate-record.js";
import type { CandidateOutcome } from "./funnel-accumulator.js";

/**
 * How a candidate record ended: accepted; a duplicate (`duplicate/<reason>`); or its first failing stage with
 * that verdict's reason. A record neither accepted nor failing anywhere counts as `semantic/not_accepted`.
 */
export function classifyRecord(record: CandidateRecord): CandidateOutcome {
  if (record.accepted) {
    return { kind: "accepted" };
  }
  if (record.duplicate !== undefined) {
    return { kind: "duplicate", reason: record.duplicate.reason };
  }
  const failed = record.verdicts.find((verdict) => !verdict.pass);
  return failed === undefined
    ? { kind: "semantic", reason: "not_accepted" }
    : { kind: failed.stage, reason: failed.reason };
}

/**
 * The tools a record counts for in the per-tool breakdown: each distinct tool its answers call, or, for a
 * candidate that calls none (no-call rows, output that never parsed), every tool it was offered.
 */
export function recordTools(record: CandidateRecord): string[] {
  const called = [...new Set((record.candidate?.answers ?? []).map((call) => call.name))];
  return called.length > 0 ? called : [...new Set(record.tools)];
}
