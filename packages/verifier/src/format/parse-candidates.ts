import { isJsonObject, type JsonValue, parseJson, type Result } from "@apigen/core";
import type { Candidate } from "../candidate.js";

/** Why model text yielded no candidates: a reason code, a sentence and where. */
export interface ParseProblem {
  reason: "invalid_json" | "missing_field" | "empty_query" | "invalid_call" | "no_candidates";
  detail: string;
  path: string;
}

const fence = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/;

function extractJson(text: string): JsonValue {
  const fenced = fence.exec(text)?.[1];
  const body = (fenced ?? text).trim();
  return parseJson(body);
}

/**
 * Structured-output APIs want an object at the top, so models often answer `{"pairs": [...]}` or
 * `{"items": [...]}`: an object without `query` or `answers` whose one property is a list is read as that list.
 */
function unwrapList(value: JsonValue): JsonValue {
  if (!isJsonObject(value) || ["query", "answers", "answer"].some((key) => Object.hasOwn(value, key))) {
    return value;
  }
  const entries = Object.values(value);
  const only = entries.length === 1 ? entries[0] : undefined;
  return Array.isArray(only) ? only : value;
}

/**
 * Reads a model's raw text into candidates: JSON, optionally inside a fenced block, either one object or a list
 * of `{query, answers}` pairs, the list possibly wrapped in a one-key object such as `{"pairs": [...]}`
 * (`answer` is accepted for `answers`; an optional `thought` and `response` are kept). Every candidate must have a non-empty query and a list of `{name, arguments}` calls with object arguments; the
 * first problem is returned with its reason code and JSON path, and no candidate of a broken answer is kept.
 */
export function parseCandidates(text: string): Result<Candidate[], ParseProblem> {
  let value: JsonValue;
  try {
    value = extractJson(text);
  } catch (error) {
    return {
      success: false,
      error: {
        reason: "invalid_json",
        detail: error instanceof Error ? error.message : String(error),
        path: "$",
      },
    };
  }
  value = unwrapList(value);
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) {
    return {
      success: false,
      error: { reason: "no_candidates", detail: "the answer is an empty list", path: "$" },
    };
  }
  const candidates: Candidate[] = [];
  for (const [index, item] of items.entries()) {
    const path = Array.isArray(value) ? `$[${index}]` : "$";
    const problem = (
      reason: ParseProblem["reason"],
      detail: string,
      at = path,
    ): Result<Candidate[], ParseProblem> => ({
      success: false,
      error: { reason, detail, path: at },
    });
    if (!isJsonObject(item)) {
      return problem("missing_field", "a candidate must be an object with query and answers");
    }
    const answers = item.answers ?? item.answer;
    if (typeof item.query !== "string") {
      return problem("missing_field", "a candidate needs a query string", `${path}.query`);
    }
    if (item.query.trim() === "") {
      return problem("empty_query", "the query is empty", `${path}.query`);
    }
    if (!Array.isArray(answers)) {
      return problem("missing_field", "a candidate needs an answers list", `${path}.answers`);
    }
    const calls: Candidate["answers"] = [];
    for (const [position, call] of answers.entries()) {
      const at = `${path}.answers[${position}]`;
      if (!isJsonObject(call) || typeof call.name !== "string" || call.name === "") {
        return problem("invalid_call", "a call needs a name", `${at}.name`);
      }
      if (!isJsonObject(call.arguments)) {
        return problem("invalid_call", "a call's arguments must be a JSON object", `${at}.arguments`);
      }
      calls.push({ name: call.name, arguments: call.arguments });
    }
    candidates.push({
      query: item.query,
      answers: calls,
      ...(typeof item.thought === "string" ? { thought: item.thought } : {}),
      ...(typeof item.response === "string" && item.response.trim() !== ""
        ? { response: item.response }
        : {}),
    });
  }
  return { success: true, value: candidates };
}
