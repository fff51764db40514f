import { type Example, jsonEqual, stringifyJson } from "@apigen/core";
import type { PromptFormat } from "../spec/train-job-spec-schema.js";
import { parseTrainingTarget, type TrainingTarget } from "./parse-training-target.js";
import { renderTrainingRow } from "./render-training-row.js";
import type { TokenizerFamily } from "./tokenizer-family.js";

/** A row whose rendered target does not read back to its own calls. */
export interface RoundTripFailure {
  /** The row's id, or its position when it has none. */
  id: string;
  reason: string;
}

/** What a row's target must read back to: its calls, else its response, else no call. */
export function expectedTarget(example: Example): TrainingTarget {
  if (example.answers.length === 0 && example.response !== undefined) {
    return { response: example.response };
  }
  return example.answers.map(({ name, arguments: callArguments }) => ({ name, arguments: callArguments }));
}

/**
 * Renders one example and parses its target back; returns why they differ, or undefined when the calls
 * (names and arguments, as objects, floats kept apart from integers) or the response come back the same.
 */
export function roundTripProblem(
  example: Example,
  format: PromptFormat,
  tokenizerFamily?: TokenizerFamily,
): string | undefined {
  const { completion } = renderTrainingRow(example, format, { tokenizerFamily });
  return targetProblem(example, completion, format);
}

/** Why a rendered target does not read back to the example's own calls or response, or undefined when it does. */
export function targetProblem(
  example: Example,
  completion: string,
  format: PromptFormat,
): string | undefined {
  const parsed = parseTrainingTarget(completion, format);
  if (!parsed.success) {
    return parsed.error.message;
  }
  return jsonEqual(parsed.value, expectedTarget(example))
    ? undefined
    : `the target reads back as ${stringifyJson(parsed.value)}, not the row's own answer`;
}

/**
 * Checks every row: render → parse the target back → the same calls. Run before a job is launched, so a
 * format bug costs seconds instead of a GPU run.
 *
 * @example
 * const { failures } = checkRoundTrip({ rows: examples, format: "xlam-v1" });
 */
export function checkRoundTrip({
  rows,
  format,
  tokenizerFamily,
}: {
  rows: Iterable<Example>;
  format: PromptFormat;
  tokenizerFamily?: TokenizerFamily;
}): { checked: number; failures: RoundTripFailure[] } {
  const failures: RoundTripFailure[] = [];
  let checked = 0;
  for (const example of rows) {
    const reason = roundTripProblem(example, format, tokenizerFamily);
    if (reason !== undefined) {
      failures.push({ id: example.id ?? `#${checked}`, reason });
    }
    checked++;
  }
  return { checked, failures };
}
