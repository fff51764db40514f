import type { ApiChatCompletion } from "./open-ai-compatible-api.js";
import { mergeApiToolCalls } from "./read-api-tool-calls.js";

/** Assembles the chunks of a streamed chat completion into one completion. */
export interface ChatChunkAccumulator {
  /** The completion so far: the text and tool calls joined, the first id, finish reason and usage seen. */
  readonly completion: ApiChatCompletion;
  /** Adds one chunk and returns the text it carried (`""` when none). */
  add(chunk: ApiChatCompletion): string;
}

/**
 * An empty accumulator for the chunks of one streamed chat completion.
 *
 * @example
 * const chunks = createChatChunkAccumulator();
 * chunks.add(chunk); // "Hel"
 * chunks.completion.content; // "Hel"
 */
export function createChatChunkAccumulator(): ChatChunkAccumulator {
  const completion: ApiChatCompletion = {
    id: undefined,
    content: "",
    toolCalls: undefined,
    finishReason: undefined,
    usage: undefined,
  };
  return {
    completion,
    add: (chunk) => {
      const text = chunk.content ?? "";
      completion.content += text;
      completion.toolCalls = mergeApiToolCalls(completion.toolCalls, chunk.toolCalls);
      completion.id ??= chunk.id;
      completion.finishReason ??= chunk.finishReason;
      completion.usage ??= chunk.usage;
      return text;
    },
  };
}
