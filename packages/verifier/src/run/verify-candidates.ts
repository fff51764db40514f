import type { ToolExecutor } from "@apigen/core";
import { type ArgumentValidator, createArgumentValidator } from "@apigen/tools";
import type { CheckExecutionOptions } from "../execution/check-execution.js";
import {
  type VerifiedCandidate,
  type VerifyJudgeOptions,
  type VerifyRowInput,
  verifyRow,
} from "./verify-row.js";

/** Options of {@link verifyCandidates}. */
export interface VerifyCandidatesOptions {
  /** The rows, streamed: raw model text (`text`) or parsed candidates (`candidate`), with their tools. */
  rows: AsyncIterable<VerifyRowInput> | Iterable<VerifyRowInput>;
  /** Runs the calls of stage 2. */
  executor: ToolExecutor;
  /**
   * Validates arguments in stage 1; its compiled schemas are cached, so share one across runs.
   * @default createArgumentValidator()
   */
  validator?: ArgumentValidator;
  /**
   * Rows verified at once; results still come out in input order.
   * @default 16
   */
  concurrency?: number;
  /** Wall-clock limit per call in stage 2. */
  timeoutMs?: CheckExecutionOptions["timeoutMs"];
  /** @default 2000 */
  maxResultChars?: CheckExecutionOptions["maxResultChars"];
  /** @default false */
  failOnEmptyResult?: CheckExecutionOptions["failOnEmptyResult"];
  /** @default true */
  failOnErrorPayload?: CheckExecutionOptions["failOnErrorPayload"];
  /** Stage 3: the LLM judge (or committee) that candidates passing stage 2 go to. Without it, stages 1+2 only. */
  judge?: VerifyJudgeOptions;
  abortSignal?: AbortSignal;
}

/**
 * Streams rows through stage 1 (format), stage 2 (execution) for those that pass, and stage 3 (the judge) when
 * one is given, yielding one result per
 * candidate in input order, with every verdict and each call's record. A text holding several candidates yields
 * one result for each (`id/1`, `id/2`, ...). Nothing is held beyond `concurrency` rows.
 *
 * @example
 * for await (const result of verifyCandidates({ rows, executor })) {
 *   console.log(result.id, result.accepted, result.verdicts.at(-1)?.reason);
 * }
 */
export async function* verifyCandidates({
  rows,
  executor,
  validator = createArgumentValidator(),
  concurrency = 16,
  timeoutMs,
  maxResultChars = 2000,
  failOnEmptyResult = false,
  failOnErrorPayload = true,
  judge,
  abortSignal,
}: VerifyCandidatesOptions): AsyncGenerator<VerifiedCandidate> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const settings = {
    executor,
    validator,
    maxResultChars,
    failOnEmptyResult,
    failOnErrorPayload,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(judge === undefined ? {} : { judge }),
    ...(abortSignal === undefined ? {} : { abortSignal }),
  };
  const pending: Promise<VerifiedCandidate[]>[] = [];
  for await (const row of rows) {
    abortSignal?.throwIfAborted();
    const work = verifyRow(row, settings);
    work.catch(() => {});
    pending.push(work);
    const next = pending.length >= concurrency ? pending.shift() : undefined;
    if (next !== undefined) {
      yield* await next;
    }
  }
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    yield* await next;
  }
}
