import { type CompletionRequest, safeParseJson } from "@apigen/core";
import type { CompletionStreamPart } from "../interfaces/streaming-language-model.js";
import type { CallContext } from "./call-context.js";
import type { ChatHttpResponse } from "./chat-transport.js";
import { createChatChunkAccumulator } from "./create-chat-chunk-accumulator.js";
import { readApiChatCompletion } from "./open-ai-compatible-api.js";
import { responseError, toCompletionResponse } from "./read-chat-completion.js";
import { readServerSentEvents } from "./read-server-sent-events.js";

/** Options of {@link readChatStream}. */
export interface ReadChatStreamOptions {
  response: ChatHttpResponse;
  request: CompletionRequest;
  context: CallContext;
  startedAt: number;
  /** Maps an error thrown while the body is read; rethrows the caller's abort reason. */
  mapError: (error: unknown) => unknown;
  /** Called once the stream is over, however it ends. */
  dispose: () => void;
}

/**
 * Turns a `chat.completion.chunk` event stream into {@link CompletionStreamPart}s: text deltas, then one
 * `finish` with the whole response, or one `error` (bad events, a stream cut before its end, an abort).
 */
export async function* readChatStream({
  response,
  request,
  context,
  startedAt,
  mapError,
  dispose,
}: ReadChatStreamOptions): AsyncGenerator<CompletionStreamPart> {
  const accumulator = createChatChunkAccumulator();
  const seen = accumulator.completion;
  let done = false;
  try {
    const body = response.body();
    if (body === undefined) {
      throw responseError(context, "stream-incomplete", "");
    }
    for await (const data of readServerSentEvents(body)) {
      if (data.trim() === "[DONE]") {
        done = true;
        break;
      }
      const parsed = safeParseJson({ text: data });
      const chunk = parsed.success ? readApiChatCompletion(parsed.value, { chunk: true }) : undefined;
      if (chunk === undefined) {
        throw responseError(context, parsed.success ? "unexpected-shape" : "not-json", data);
      }
      const delta = accumulator.add(chunk);
      if (delta !== "") {
        yield { type: "text-delta", delta };
      }
    }
    if (!done && seen.finishReason === undefined) {
      throw responseError(context, "stream-incomplete", seen.content ?? "");
    }
  } catch (error) {
    dispose();
    yield { type: "error", error: asError(safeMap(mapError, error)) };
    return;
  } finally {
    dispose();
  }
  yield {
    type: "finish",
    response: toCompletionResponse({ completion: seen, headers: response.headers, request, startedAt }),
  };
}

function safeMap(mapError: (error: unknown) => unknown, error: unknown): unknown {
  try {
    return mapError(error);
  } catch (reason) {
    return reason;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
