import { basename } from "node:path";
import type { CompletionRequest, CompletionResponse } from "@apigen/core";
import { LanguageModelError } from "../errors/language-model-error.js";
import type { CompletionStreamPart, StreamingLanguageModel } from "../interfaces/streaming-language-model.js";
import { answerRequest } from "./answer-request.js";
import { defaultLlamaCppModelUri, type LlamaCppModelSettings } from "./llama-cpp-model-settings.js";
import { type LlamaCppRuntime, loadLlamaCppRuntime } from "./load-llama-cpp-runtime.js";
import { createPushStream } from "./push-stream.js";
import { toChatHistory } from "./to-chat-history.js";

/** A {@link StreamingLanguageModel} running in this process; `dispose()` frees the model and its memory. */
export interface LlamaCppModel extends StreamingLanguageModel {
  readonly provider: "llama-cpp";
  dispose(): Promise<void>;
}

/**
 * A model that runs a GGUF file in this process with node-llama-cpp: no server, and no network once the file
 * is local. Messages are rendered with the model's own chat template; with a `responseFormat` the model is
 * constrained by a grammar made from the JSON schema, so the answer always parses (unless `maxTokens` cuts
 * it). Temperature, seed, max tokens and stop sequences are honoured. The model loads on the first call.
 * Native tool calling is not offered: a request with `tools` fails with a `LanguageModelError` (describe the
 * tools in the prompt instead).
 *
 * @example
 * const model = createLlamaCppModel({ modelPath: "models/qwen2.5-1.5b-instruct-q4_k_m.gguf", threads: 4 });
 * const { json } = await model.complete({ messages, responseFormat: { name: "answer", schema }, seed: 1 });
 * await model.dispose();
 */
export function createLlamaCppModel({
  modelPath,
  modelUri = modelPath === undefined ? defaultLlamaCppModelUri : undefined,
  cacheDirectory,
  contextSize,
  threads,
  gpu = false,
  sequences = 1,
  modelId = modelPath === undefined ? (modelUri ?? defaultLlamaCppModelUri) : basename(modelPath, ".gguf"),
}: LlamaCppModelSettings): LlamaCppModel {
  if (!Number.isInteger(sequences) || sequences < 1) {
    throw new TypeError(`sequences must be a whole number of at least 1, got ${sequences}`);
  }
  const source = modelPath === undefined ? { modelUri: modelUri ?? defaultLlamaCppModelUri } : { modelPath };
  const where = "modelPath" in source ? source.modelPath : source.modelUri;
  let runtime: Promise<LlamaCppRuntime> | undefined;
  const load = (): Promise<LlamaCppRuntime> => {
    runtime ??= loadLlamaCppRuntime({ source, cacheDirectory, contextSize, threads, gpu, sequences }).catch(
      (error: unknown) => {
        runtime = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        const download = "modelUri" in source ? ", or that the download can reach its host" : "";
        throw new LanguageModelError({
          provider: "llama-cpp",
          modelId,
          cause: error,
          message: `llama-cpp model "${modelId}": cannot load ${where}: ${reason}. Check that the file exists and is a GGUF model${download}.`,
        });
      },
    );
    return runtime;
  };

  return {
    provider: "llama-cpp",
    modelId,
    complete(request: CompletionRequest): Promise<CompletionResponse> {
      return answerRequest({ request, modelId, load });
    },
    async *stream(request: CompletionRequest): AsyncGenerator<CompletionStreamPart> {
      toChatHistory(request.messages);
      const parts = createPushStream<CompletionStreamPart>();
      const stop = new AbortController();
      const abortSignal =
        request.abortSignal === undefined ? stop.signal : AbortSignal.any([request.abortSignal, stop.signal]);
      const onTextChunk = (delta: string) => parts.push({ type: "text-delta", delta });
      answerRequest({ request: { ...request, abortSignal }, modelId, load, onTextChunk })
        .then(
          (response) => parts.push({ type: "finish", response }),
          (error: unknown) =>
            parts.push({ type: "error", error: error instanceof Error ? error : new Error(String(error)) }),
        )
        .finally(() => parts.end());
      try {
        yield* parts;
      } finally {
        stop.abort(new Error("The stream's reader stopped early"));
      }
    },
    async dispose() {
      const loaded = runtime;
      runtime = undefined;
      await (await loaded?.catch(() => undefined))?.dispose();
    },
  };
}
