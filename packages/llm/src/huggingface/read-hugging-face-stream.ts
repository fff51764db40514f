import { type CompletionRequest, type JsonValue, stringifyJson } from "@apigen/core";
import { LanguageModelError } from "../errors/language-model-error.js";
import type { CompletionStreamPart } from "../interfaces/streaming-language-model.js";
import type { CallContext } from "../openai-compatible/call-context.js";
import { createChatChunkAccumulator } from "../openai-compatible/create-chat-chunk-accumulator.js";
import { readApiChatCompletion } from "../openai-compatible/open-ai-compatible-api.js";
import { responseError, toCompletionResponse } from "../openai-compatible/read-chat-completion.js";

/** Options of {@link readHuggingFaceStream}. */
export interface ReadHuggingFaceStreamOptions {
  /** The chunks `chatCompletionStream` yields. */
  chunks: AsyncIterable<unknown>;
  request: CompletionRequest;
  context: CallContext;
  /** `performance.now()` when the call started. */
  startedAt: number;
  /** Maps what the client threw to a `LanguageModelError`; rethrows the caller's abort reason. */
  mapError: (error: unknown) => unknown;
  /** The headers of the streamed response, once it arrived. */
  headers: () => Headers | undefined;
}

/**
 * Turns the chunks of a Hugging Face chat completion stream into {@link CompletionStreamPart}s: text deltas,
 * then one `finish` with the whole response, or one `error`. A stream that ends without a finish reason (cut
 * short) is an error, since the client itself returns quietly when the connection ends early.
 */
export async function* readHuggingFaceStream({
  chunks,
  request,
  context,
  startedAt,
  mapError,
  headers,
}: ReadHuggingFaceStreamOptions): AsyncGenerator<CompletionStreamPart> {
  const accumulator = createChatChunkAccumulator();
  const seen = accumulator.completion;
  try {
    for await (const chunk of chunks) {
      const read = readApiChatCompletion(chunk as JsonValue, { chunk: true });
      if (read === undefined) {
        throw responseError(context, "unexpected-shape", stringifyJson(chunk));
      }
      const delta = accumulator.add(read);
      if (delta !== "") {
        yield { type: "text-delta", delta };
      }
    }
    if (seen.finishReason === undefined) {
      throw responseError(context, "stream-incomplete", seen.content ?? "");
    }
  } catch (error) {
    yield { type: "error", error: asError(error, mapError) };
    return;
  }
  yield {
    type: "finish",
    response: toCompletionResponse({
      completion: seen,
      headers: headers() ?? new Headers(),
      request,
      startedAt,
    }),
  };
}

function asError(error: unknown, mapError: (error: unknown) => unknown): Error {
  let mapped: unknown;
  try {
    mapped = LanguageModelError.isInstance(error) ? error : mapError(error);
  } catch (reason) {
    mapped = reason;
  }
  return mapped instanceof Error ? mapped : new Error(String(mapped));
}
