import type { CompletionResponse } from "@apigen/core";

/**
 * Maps an OpenAI `finish_reason` to apigen's; a missing or unknown reason is `"other"`. With `hasToolCalls`, a
 * `"stop"`, missing or unknown reason is `"tool-calls"` (servers differ in what they send after a call).
 */
export function mapFinishReason(
  finishReason: string | undefined,
  { hasToolCalls = false }: { hasToolCalls?: boolean } = {},
): CompletionResponse["finishReason"] {
  const mapped = mapWireReason(finishReason);
  return hasToolCalls && (mapped === "stop" || mapped === "other") ? "tool-calls" : mapped;
}

function mapWireReason(finishReason: string | undefined): CompletionResponse["finishReason"] {
  switch (finishReason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "tool_calls":
    case "function_call":
      return "tool-calls";
    default:
      return "other";
  }
}
