import {
  type ExecutionRecord,
  isJsonObject,
  type JsonValue,
  type StageVerdict,
  stringifyJson,
  type ToolExecutor,
} from "@apigen/core";
import type { Candidate } from "../candidate.js";

/** Options of {@link checkExecution}. */
export interface CheckExecutionOptions {
  candidate: Candidate;
  executor: ToolExecutor;
  /** Wall-clock limit per call. */
  timeoutMs?: number;
  /**
   * Results are kept (for the judge and the data set) cut to this many characters of JSON text.
   * @default 2000
   */
  maxResultChars?: number;
  /**
   * Fail calls whose result is empty: `null`, `""`, `[]` or `{}`.
   * @default false
   */
  failOnEmptyResult?: boolean;
  /**
   * Fail calls whose result looks like an error: an object whose `error` is set (not `null` or `false`), or an
   * HTTP-like `status` or `status_code` of 400 or more.
   * @default true
   */
  failOnErrorPayload?: boolean;
  abortSignal?: AbortSignal;
}

/** The verdict of stage 2 and what each call returned. */
export interface ExecutionCheck {
  verdict: StageVerdict;
  records: ExecutionRecord[];
}

function isEmpty(output: JsonValue): boolean {
  return (
    output === null ||
    output === "" ||
    (Array.isArray(output) && output.length === 0) ||
    (isJsonObject(output) && Object.keys(output).length === 0)
  );
}

function isErrorPayload(output: JsonValue): boolean {
  if (!isJsonObject(output)) {
    return false;
  }
  const status = output.status_code ?? output.status;
  const error = output.error;
  return (
    (error !== undefined && error !== null && error !== false) ||
    (typeof status === "number" && status >= 400)
  );
}

function keep(output: JsonValue, maxChars: number): { output: JsonValue; truncated: boolean } {
  const text = stringifyJson(output);
  return text.length <= maxChars
    ? { output, truncated: false }
    : { output: text.slice(0, maxChars), truncated: true };
}

/**
 * Stage 2: runs every call of a candidate through the executor (all at once; they are independent) and passes
 * only if every call succeeds. A failing call's outcome class (`invalid_arguments`, `tool_error`, `timeout`,
 * `memory_limit`, `crashed`, `network_denied`, `unknown_tool`) is the reason; with the options, an empty result
 * (`empty_result`) or an error-shaped payload (`error_payload`) fails too. Every result is kept, cut to
 * `maxResultChars`, for the judge and the data set.
 */
export async function checkExecution({
  candidate,
  executor,
  timeoutMs,
  maxResultChars = 2000,
  failOnEmptyResult = false,
  failOnErrorPayload = true,
  abortSignal,
}: CheckExecutionOptions): Promise<ExecutionCheck> {
  const outcomes = await Promise.all(
    candidate.answers.map((call) =>
      executor.execute(call, {
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
        ...(abortSignal === undefined ? {} : { abortSignal }),
      }),
    ),
  );
  const records: ExecutionRecord[] = [];
  let verdict: StageVerdict = { stage: "execution", pass: true, reason: "ok" };
  for (const [index, outcome] of outcomes.entries()) {
    const name = (candidate.answers[index] as { name: string }).name;
    const kept = outcome.output === undefined ? undefined : keep(outcome.output, maxResultChars);
    records.push({
      call: index,
      name,
      status: outcome.status,
      ...(kept === undefined ? {} : { output: kept.output }),
      ...(outcome.status === "ok" ? {} : { message: outcome.message }),
      ...(kept?.truncated === true || outcome.truncated === true ? { truncated: true } : {}),
      durationMs: outcome.durationMs,
    });
    if (!verdict.pass) {
      continue;
    }
    const path = `$.answers[${index}]`;
    if (outcome.status !== "ok") {
      verdict = {
        stage: "execution",
        pass: false,
        reason: outcome.status,
        detail: `${name}: ${outcome.message}`,
        path,
      };
    } else if (failOnEmptyResult && isEmpty(outcome.output)) {
      verdict = {
        stage: "execution",
        pass: false,
        reason: "empty_result",
        detail: `${name} returned nothing`,
        path,
      };
    } else if (failOnErrorPayload && isErrorPayload(outcome.output)) {
      verdict = {
        stage: "execution",
        pass: false,
        reason: "error_payload",
        detail: `${name} returned an error: ${stringifyJson(outcome.output).slice(0, 200)}`,
        path,
      };
    }
  }
  return { verdict, records };
}
