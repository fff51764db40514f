import type { StageVerdict } from "@apigen/core";
import type { JudgeDecision, JudgeFailure } from "./ask-judge.js";

/** How a committee's judgements make one verdict. */
export type JudgeVote = "majority" | "unanimous";

/** Options of {@link combineVotes}. */
export interface CombineVotesOptions {
  decisions: readonly JudgeDecision[];
  failures: readonly JudgeFailure[];
  vote: JudgeVote;
}

/**
 * Combines a committee's judgements into the semantic stage's verdict. A judge without a usable answer counts
 * as a vote against. `majority` passes when more than half of all judges said yes (a tie fails); `unanimous`
 * when every judge did. A failing verdict is `judge_rejected` when some judge said no, `judge_error` otherwise.
 */
export function combineVotes({ decisions, failures, vote }: CombineVotesOptions): StageVerdict {
  const total = decisions.length + failures.length;
  const yes = decisions.filter((decision) => decision.pass).length;
  const no = decisions.length - yes;
  const pass = vote === "unanimous" ? yes === total && total > 0 : yes * 2 > total;
  const tally = `${yes} yes, ${no} no, ${failures.length} unusable of ${total} (${vote})`;
  if (pass) {
    return { stage: "semantic", pass: true, reason: "ok", detail: tally };
  }
  if (no > 0) {
    const first = decisions.find((decision) => !decision.pass);
    const thought = first === undefined ? "" : `: ${first.thought.slice(0, 300)}`;
    return { stage: "semantic", pass: false, reason: "judge_rejected", detail: `${tally}${thought}` };
  }
  const first = failures[0];
  const why = first === undefined ? "" : `: ${first.judge} ${first.message}`;
  return { stage: "semantic", pass: false, reason: "judge_error", detail: `${tally}${why}` };
}
