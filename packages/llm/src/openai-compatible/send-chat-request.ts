import { type CompletionRequest, stringifyJson } from "@apigen/core";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import {
  type BuildChatRequestOptions,
  buildChatRequest,
  type StructuredOutputMode,
} from "./build-chat-request.js";
import type { CallContext } from "./call-context.js";
import type { ChatHttpResponse, ChatTransport } from "./chat-transport.js";
import { toApiCallError, toLanguageModelError } from "./to-language-model-error.js";

/** The structured-output mode a model uses now; it moves down once a server rejects a mode. */
export interface ModeState {
  mode: StructuredOutputMode;
}

/** Options of {@link sendChatRequest}. */
export interface SendChatRequestOptions {
  transport: ChatTransport;
  /** Headers of every request: content type, authorization, the caller's own. */
  headers: Record<string, string>;
  request: CompletionRequest;
  context: CallContext;
  state: ModeState;
  build: Omit<BuildChatRequestOptions, "request" | "mode">;
}

/** An open response and a way to map errors thrown while its body is read. */
export interface SentChatRequest {
  response: ChatHttpResponse;
  /** Maps an error thrown while reading the body, or rethrows the caller's abort reason. */
  mapError: (error: unknown) => unknown;
  /** Stops the call's timer and lets go of the caller's signal; call it once the body is read. */
  dispose: () => void;
}

const nextMode: Record<StructuredOutputMode, StructuredOutputMode | undefined> = {
  "json-schema": "json-object",
  "json-object": "prompt",
  prompt: undefined,
};

/**
 * Posts a chat completion request and returns the open response. A server that rejects the response format
 * (a 400 or 422 that mentions it) is asked again with the next mode (`json-schema` → `json-object` →
 * `prompt`), and the model remembers the mode that worked. Errors come back as `LanguageModelError`s; an abort
 * by the caller rethrows the caller's reason.
 */
export async function sendChatRequest({
  transport,
  headers,
  request,
  context,
  state,
  build,
}: SendChatRequestOptions): Promise<SentChatRequest> {
  const url = `${context.baseURL}/chat/completions`;
  for (;;) {
    const mode = state.mode;
    const body = stringifyJson(buildChatRequest({ ...build, request, mode }));
    request.abortSignal?.throwIfAborted();
    const { signal, timedOut, dispose } = callSignal(request.abortSignal, context.timeoutMs);
    const mapError = (error: unknown): unknown => {
      request.abortSignal?.throwIfAborted();
      return toLanguageModelError({ error, context, timedOut: timedOut() });
    };
    let mapped: unknown;
    try {
      const response = await transport({ url, headers, body, signal });
      if (response.status < 400) {
        return { response, mapError, dispose };
      }
      const text = await response.text().catch(() => "");
      dispose();
      request.abortSignal?.throwIfAborted();
      mapped = toApiCallError({ status: response.status, headers: response.headers, body: text, context });
    } catch (error) {
      dispose();
      mapped = mapError(error);
    }
    const fallback = nextMode[mode];
    if (request.responseFormat !== undefined && fallback !== undefined && rejectsResponseFormat(mapped)) {
      if (state.mode === mode) {
        state.mode = fallback;
      }
      continue;
    }
    throw mapped;
  }
}

/**
 * One signal for a call that aborts when the caller aborts or the time runs out. A plain controller and timer
 * cost far less per call than `AbortSignal.any` with `AbortSignal.timeout`, which matters at thousands of calls
 * a second.
 */
function callSignal(abortSignal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(abortSignal?.reason);
  if (abortSignal?.aborted) {
    onAbort();
  } else {
    abortSignal?.addEventListener("abort", onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    timedOut: () => expired,
    dispose: () => {
      clearTimeout(timer);
      abortSignal?.removeEventListener("abort", onAbort);
    },
  };
}

function rejectsResponseFormat(error: unknown): boolean {
  return (
    ModelApiCallError.isInstance(error) &&
    (error.statusCode === 400 || error.statusCode === 422) &&
    /response_format|json_schema|json_object|structured output|guided/i.test(
      `${error.responseBody ?? ""} ${error.message}`,
    )
  );
}
