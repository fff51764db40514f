import type { CompletionResponse } from "@apigen/core";

/** Maps an OpenAI `finish_reason` to apigen's; a missing or unknown reason is `"other"`. */
export function mapFinishReason(finishReason: string | undefined): CompletionResponse["finishReason"] {
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
