import type { CompletionRequest, CompletionResponse } from "@apigen/core";
import type { LlamaChatResponse } from "node-llama-cpp";
import { LanguageModelError } from "../errors/language-model-error.js";
import { parseJsonAnswer } from "../shared/parse-json-answer.js";
import { type GeneratedAnswer, generateAnswer } from "./generate-answer.js";
import type { LlamaCppRuntime } from "./load-llama-cpp-runtime.js";
import { toChatHistory } from "./to-chat-history.js";

/** Options of {@link answerRequest}. */
export interface AnswerRequestOptions {
  request: CompletionRequest;
  modelId: string;
  load: () => Promise<LlamaCppRuntime>;
  /** Called with each piece of text as it is generated. */
  onTextChunk?: (text: string) => void;
}

const finishReasons: Record<LlamaChatResponse["metadata"]["stopReason"], CompletionResponse["finishReason"]> =
  {
    eogToken: "stop",
    stopGenerationTrigger: "stop",
    customStopTrigger: "stop",
    maxTokens: "length",
    functionCalls: "tool-calls",
    abort: "other",
  };

/**
 * Answers one request on a free sequence: renders the chat, constrains the answer with the JSON-schema grammar
 * when a `responseFormat` is given, and reads the JSON back. A request with `tools` is rejected with a
 * `LanguageModelError` (use prompt mode). A failure inside llama.cpp is a
 * `LanguageModelError` naming the model; an abort rethrows the caller's reason.
 */
export async function answerRequest({
  request,
  modelId,
  load,
  onTextChunk,
}: AnswerRequestOptions): Promise<CompletionResponse> {
  const startedAt = performance.now();
  if (request.tools !== undefined && request.tools.length > 0) {
    throw new LanguageModelError({
      provider: "llama-cpp",
      modelId,
      message: `llama-cpp model "${modelId}" has no native tool calling here: leave request.tools out and describe the tools in the prompt instead (prompt mode), asking for the calls as JSON with a responseFormat`,
    });
  }
  const history = toChatHistory(request.messages);
  const { pool, grammarFor } = await load();
  const grammar =
    request.responseFormat === undefined ? undefined : await grammarFor(request.responseFormat.schema);
  const chat = await pool.acquire(request.abortSignal);
  let answer: GeneratedAnswer;
  try {
    answer = await generateAnswer({ chat, history, grammar, request, onTextChunk });
  } catch (error) {
    request.abortSignal?.throwIfAborted();
    throw new LanguageModelError({
      provider: "llama-cpp",
      modelId,
      cause: error,
      message: `llama-cpp model "${modelId}" failed while generating: ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    pool.release(chat);
  }
  const json = request.responseFormat === undefined ? undefined : parseJsonAnswer(answer.text);
  return {
    text: answer.text,
    ...(json?.success === true ? { json: json.value } : {}),
    usage: { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens },
    finishReason: finishReasons[answer.stopReason],
    latencyMs: Math.round(performance.now() - startedAt),
  };
}
