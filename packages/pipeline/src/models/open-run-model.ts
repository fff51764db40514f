import { basename } from "node:path";
import type { LanguageModel, ModelRef } from "@apigen/core";
import {
  createHuggingFaceModel,
  createLlamaCppModel,
  createOpenAiCompatibleModel,
  loadApiKey,
  type UsageTracker,
  wrapLanguageModel,
} from "@apigen/llm";

/** Options of {@link openRunModel}. */
export interface OpenRunModelOptions {
  /** The run's response cache folder (`<run>/cache`); none turns caching off. */
  cacheDir?: string;
  /** Where calls, tokens and cost are counted; build it with `createUsageTracker({ prices: runModelPrices(...) })`. */
  usage?: UsageTracker;
  /** Where the API key named by `apiKeyEnv` is read from. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** Aborts every call made through the model. */
  abortSignal?: AbortSignal;
  /** A `fetch` to call instead of the global one (HTTP providers only). */
  fetch?: typeof fetch;
}

/** A model of a run: a `LanguageModel` with everything it holds released by `close`. */
export interface RunModel extends LanguageModel {
  /** Frees a local model's memory; a no-op for HTTP providers. */
  close(): Promise<void>;
}

/** The model id a provider reports for `ref`, the key of the usage tracker's price table. */
export function runModelId(ref: ModelRef): string {
  return ref.provider === "llama-cpp" && isLocalPath(ref.model) ? basename(ref.model, ".gguf") : ref.model;
}

const isLocalPath = (model: string) => !/^(hf:|https?:)/i.test(model);

/**
 * Opens the model a run config names: the provider's client (`createOpenAiCompatibleModel`,
 * `createHuggingFaceModel` or `createLlamaCppModel`), the key read from the variable named in `apiKeyEnv`, and
 * the middleware of a long run (`wrapLanguageModel`: concurrency, requests and tokens per minute, retries,
 * the on-disk response cache, usage). A variable that is named but not set throws `LoadApiKeyError` naming it;
 * no error ever carries the key.
 *
 * @example
 * const usage = createUsageTracker({ prices: runModelPrices([config.generator.model]) });
 * const model = openRunModel(config.generator.model, { cacheDir: join(runDir, runFiles.cache), usage });
 */
export function openRunModel(
  ref: ModelRef,
  { cacheDir, usage, env = process.env, abortSignal, fetch }: OpenRunModelOptions = {},
): RunModel {
  const key = (fallback: string, required: boolean) =>
    loadApiKey({
      environmentVariableName: ref.apiKeyEnv ?? fallback,
      description: `${ref.provider} model ${ref.model}`,
      required: ref.apiKeyEnv !== undefined || required,
      environment: env,
    });
  const http = fetch === undefined ? {} : { fetch };
  let base: LanguageModel;
  let close = async () => {};
  if (ref.provider === "openai-compatible") {
    const apiKey = key("OPENAI_API_KEY", false);
    base = createOpenAiCompatibleModel({
      baseURL: ref.baseUrl ?? env.OPENAI_BASE_URL ?? "https://api.openai.com/v1",
      model: ref.model,
      ...(apiKey === undefined
        ? { apiKeyEnvironmentVariable: ref.apiKeyEnv ?? "OPENAI_API_KEY" }
        : { apiKey }),
      ...http,
    });
  } else if (ref.provider === "huggingface") {
    const accessToken = key("HF_TOKEN", true) ?? "";
    base = createHuggingFaceModel({
      model: ref.model,
      accessToken,
      ...(ref.baseUrl === undefined ? {} : { endpointUrl: ref.baseUrl }),
      ...http,
    });
  } else {
    const local = createLlamaCppModel({
      ...(isLocalPath(ref.model) ? { modelPath: ref.model } : { modelUri: ref.model }),
      ...(ref.concurrency === undefined ? {} : { sequences: ref.concurrency }),
    });
    base = local;
    close = () => local.dispose();
  }
  const wrapped = wrapLanguageModel(base, {
    ...(ref.concurrency === undefined ? {} : { concurrency: ref.concurrency }),
    ...(ref.requestsPerMinute === undefined ? {} : { requestsPerMinute: ref.requestsPerMinute }),
    ...(ref.tokensPerMinute === undefined ? {} : { tokensPerMinute: ref.tokensPerMinute }),
    cache: cacheDir === undefined ? false : { directory: cacheDir },
    ...(usage === undefined ? {} : { usage }),
    ...(abortSignal === undefined ? {} : { abortSignal }),
  });
  return Object.assign(wrapped, { close });
}
