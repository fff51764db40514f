import type { BfclFunction, ExpectedCall } from "@apigen/core";
import { astChecker } from "./ast/ast-checker.js";
import { type CheckResult, failed, passed } from "./ast/check-result.js";
import type { DecodedCall } from "./ast/simple-function-checker.js";
import {
  decodeFunctionCallingOutput,
  decodeJsonCalls,
  decodePythonCalls,
  decodeXlamCalls,
  isEmptyOutput,
  isFunctionCallingFormat,
  type ModelOutputFormat,
} from "./decode/decode-model-output.js";

/** A model's answer to one entry: raw text or tool calls, or output someone already decoded. */
export type ModelAnswer =
  | { format: ModelOutputFormat; output: unknown }
  | { format: "decoded"; output: unknown };

/** Decodes a model's answer into BFCL's `[{name: {argument: value}}]` form; throws when it cannot. */
export function decodeModelAnswer({ format, output }: ModelAnswer): unknown {
  switch (format) {
    case "decoded":
      return output;
    case "python":
      return decodePythonCalls(String(output));
    case "json":
      return decodeJsonCalls(String(output));
    case "xlam":
      return decodeXlamCalls(String(output));
    case "function-calling":
      return decodeFunctionCallingOutput(output);
  }
}

/** Options of {@link evaluateAstEntry}. */
export interface EvaluateAstEntryOptions {
  category: string;
  docs: readonly BfclFunction[];
  expected: readonly ExpectedCall[];
  answer: ModelAnswer;
  /** @default false */
  underscoreToDot?: boolean;
}

/**
 * Scores one AST entry as the leaderboard does: decode (a failure is `ast_decoder:decoder_failed`), require
 * the call format (`ast_decoder:decoder_wrong_output_format`), then run the AST checker.
 */
export function evaluateAstEntry({
  category,
  docs,
  expected,
  answer,
  underscoreToDot = false,
}: EvaluateAstEntryOptions): CheckResult {
  let decoded: unknown;
  try {
    decoded = decodeModelAnswer(answer);
  } catch (error) {
    return failed(
      "ast_decoder:decoder_failed",
      `Invalid syntax. Failed to decode AST. ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isFunctionCallingFormat(decoded)) {
    return failed(
      "ast_decoder:decoder_wrong_output_format",
      "The decoded output is not a list of function calls.",
    );
  }
  return astChecker({ docs, calls: decoded as DecodedCall[], expected, category, underscoreToDot });
}

/**
 * Relevance categories: `irrelevance` and `live_irrelevance` pass when the answer holds no call (text that
 * does not decode counts as no call), `live_relevance` when it holds any call; names and arguments are not
 * checked.
 */
export function evaluateRelevanceEntry({
  category,
  answer,
}: {
  category: string;
  answer: ModelAnswer;
}): CheckResult {
  let containsCall: boolean;
  try {
    containsCall = !isEmptyOutput(decodeModelAnswer(answer));
  } catch {
    containsCall = false;
  }
  if (category.includes("irrelevance")) {
    return containsCall
      ? failed(
          "irrelevance_error:decoder_success",
          "Valid syntax. Successfully decode AST when it should not.",
        )
      : passed;
  }
  return containsCall
    ? passed
    : failed("relevance_error:decoder_failed", "Invalid syntax. Failed to decode AST when it should.");
}
