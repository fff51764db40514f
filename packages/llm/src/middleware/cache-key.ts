import { createHash } from "node:crypto";
import { type CompletionRequest, stringifyJson } from "@apigen/core";

/** Options of {@link cacheKey}. */
export interface CacheKeyOptions {
  provider: string;
  modelId: string;
  request: CompletionRequest;
}

/**
 * The content address of a request: the SHA-256 (hex) of the canonical JSON, keys sorted at every depth, of the
 * provider, the model and everything that shapes the answer (messages, response format, temperature, seed,
 * max tokens, stop, tools, tool choice, provider options). The abort signal is not part of it. Floats keep their marks, so
 * `temperature: 1` and a schema's `1.0` stay apart.
 *
 * @example
 * cacheKey({ provider: "openai-compatible", modelId: "m", request: { messages } }) // "3f1c…"
 */
export function cacheKey({ provider, modelId, request }: CacheKeyOptions): string {
  const material = {
    provider,
    modelId,
    messages: request.messages,
    responseFormat: request.responseFormat,
    temperature: request.temperature,
    seed: request.seed,
    maxTokens: request.maxTokens,
    stop: request.stop,
    tools: request.tools,
    toolChoice: request.toolChoice,
    providerOptions: request.providerOptions,
  };
  return createHash("sha256")
    .update(stringifyJson(material, { sortKeys: true }))
    .digest("hex");
}
