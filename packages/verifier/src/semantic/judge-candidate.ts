import type { ExecutionRecord, LanguageModel, StageVerdict, Tool } from "@apigen/core";
import type { Candidate } from "../candidate.js";
import {
  type CheckGroundingOptions,
  checkGrounding,
  type GroundingReport,
} from "../grounding/check-grounding.js";
import { askJudge, type JudgeDecision, type JudgeFailure } from "./ask-judge.js";
import { combineVotes, type JudgeVote } from "./combine-votes.js";
import { renderJudgePrompt } from "./render-judge-prompt.js";

/** Options of {@link judgeCandidate}. */
export interface JudgeCandidateOptions {
  candidate: Candidate;
  /** Every tool the candidate was generated with. */
  tools: readonly Tool[];
  /** What stage 2 kept of each call's execution. */
  records: readonly ExecutionRecord[];
  /** The judge, or a committee of judges (each asked `samples` times). */
  model: LanguageModel | readonly LanguageModel[];
  /**
   * Judgements to ask of each model, with distinct seeds.
   * @default 1
   */
  samples?: number;
  /**
   * How the judgements combine: more than half must pass (a tie fails), or all must.
   * @default "majority"
   */
  vote?: JudgeVote;
  /**
   * Calls per judgement before an unparseable answer counts as `judge_error`.
   * @default 2
   */
  maxAttempts?: number;
  /**
   * Deterministic grounding checks: `"inform"` shows the findings to the judge, `"fail"` also fails a candidate
   * with an ungrounded value (`ungrounded_value`) without asking the judge, `"off"` skips them.
   * @default "inform"
   */
  grounding?: "inform" | "fail" | "off";
  /** Settings of the grounding check. */
  groundingOptions?: Pick<CheckGroundingOptions, "longTextChars" | "minOverlap">;
  temperature?: number;
  /**
   * The first seed; judgement `i` (over all models and samples) uses `seed + i`, retries step past them. When
   * unset, a single judgement sends no seed and a committee counts from 0.
   */
  seed?: number;
  maxTokens?: number;
  abortSignal?: AbortSignal;
}

/** The semantic stage's verdict, every judgement, and the grounding findings. */
export interface SemanticCheck {
  /** Stage `semantic`; reason `ok`, `judge_rejected`, `judge_error` or `ungrounded_value`. */
  verdict: StageVerdict;
  /** Every usable judgement. */
  judgements: JudgeDecision[];
  /** Judges that gave no usable answer. */
  failures: JudgeFailure[];
  /** Absent when grounding checks are off. */
  grounding?: GroundingReport;
}

/**
 * Stage 3: asks an LLM judge (or a committee) whether the calls serve the query, showing it every tool offered,
 * the query, the calls with their execution results, and the deterministic grounding findings. An unparseable
 * judgement is retried and then counts as `judge_error`; it never passes. Errors thrown by a model (network,
 * HTTP) propagate: they are infrastructure failures, not verdicts.
 *
 * @example
 * const { verdict } = await judgeCandidate({ candidate, tools, records, model, samples: 3, vote: "majority" });
 */
export async function judgeCandidate({
  candidate,
  tools,
  records,
  model,
  samples = 1,
  vote = "majority",
  maxAttempts = 2,
  grounding = "inform",
  groundingOptions = {},
  temperature,
  seed,
  maxTokens,
  abortSignal,
}: JudgeCandidateOptions): Promise<SemanticCheck> {
  const models: readonly LanguageModel[] = Array.isArray(model) ? model : [model as LanguageModel];
  if (models.length === 0) {
    throw new TypeError("model is an empty list: pass a LanguageModel or a non-empty list of them");
  }
  if (!Number.isInteger(samples) || samples < 1) {
    throw new TypeError(`samples must be a positive integer, got ${samples}`);
  }
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new TypeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  const report =
    grounding === "off"
      ? undefined
      : checkGrounding({ query: candidate.query, calls: candidate.answers, tools, ...groundingOptions });
  const withReport = report === undefined ? {} : { grounding: report };
  const firstUngrounded = report?.ungrounded[0];
  if (grounding === "fail" && firstUngrounded !== undefined) {
    const values = report?.ungrounded
      .map((finding) => `${finding.path} = ${String(finding.value)}`)
      .join(", ");
    const verdict: StageVerdict = {
      stage: "semantic",
      pass: false,
      reason: "ungrounded_value",
      detail: `not found in the query: ${values}`,
      path: firstUngrounded.path,
    };
    return { verdict, judgements: [], failures: [], ...withReport };
  }
  const messages = renderJudgePrompt({ candidate, tools, records, grounding: report });
  const count = models.length * samples;
  const baseSeed = seed ?? (count > 1 ? 0 : undefined);
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      askJudge({
        model: models[Math.floor(index / samples)] as LanguageModel,
        messages,
        maxAttempts,
        temperature,
        seed: baseSeed === undefined ? undefined : baseSeed + index,
        seedStride: count,
        maxTokens,
        abortSignal,
      }),
    ),
  );
  const judgements = outcomes.flatMap((outcome) => (outcome.success ? [outcome.value] : []));
  const failures = outcomes.flatMap((outcome) => (outcome.success ? [] : [outcome.error]));
  return {
    verdict: combineVotes({ decisions: judgements, failures, vote }),
    judgements,
    failures,
    ...withReport,
  };
}
