import { type CompletionResponse, isJsonObject, safeParseJson } from "@apigen/core";
import type { ApiToolCallPart } from "./read-api-tool-calls.js";

/** A tool call of a response: arguments parsed, or kept as text in `rawArguments` when they do not parse. */
export type ResponseToolCall = NonNullable<CompletionResponse["toolCalls"]>[number];

/**
 * Maps wire tool calls to the response's `toolCalls`, in `index` order, ids kept. Arguments that are not a
 * JSON object (broken JSON, an array, a number) leave `arguments` empty and keep the text in `rawArguments`, so
 * callers can tell a malformed call from a call without arguments. Empty argument text means no arguments.
 * Undefined when there are no calls.
 */
export function toToolCalls(calls: readonly ApiToolCallPart[] | undefined): ResponseToolCall[] | undefined {
  if (calls === undefined || calls.length === 0) {
    return undefined;
  }
  return [...calls]
    .sort((left, right) => left.index - right.index)
    .map((call): ResponseToolCall => {
      const text = call.arguments ?? "";
      const id = call.id === undefined || call.id === "" ? {} : { id: call.id };
      if (text.trim() === "") {
        return { name: call.name ?? "", arguments: {}, ...id };
      }
      const parsed = safeParseJson({ text });
      if (parsed.success && isJsonObject(parsed.value)) {
        return { name: call.name ?? "", arguments: parsed.value, ...id };
      }
      return { name: call.name ?? "", arguments: {}, rawArguments: text, ...id };
    });
}
