import type { ModelRef } from "@apigen/core";
import { defaultLlamaCppModelUri } from "@apigen/llm";

/**
 * The model a run uses when its config names none, from the environment: an OpenAI-compatible server when
 * `OPENAI_BASE_URL` or `OPENAI_API_KEY` is set (model `OPENAI_MODEL`, else `gpt-4o-mini`), else Hugging Face
 * Inference Providers when `HF_TOKEN` is set (model `HF_MODEL`, else `meta-llama/Llama-3.1-8B-Instruct`), else
 * a small local GGUF model run by llama.cpp. Only variable NAMES go into the result, never a key.
 *
 * @example
 * defaultModelRef({ HF_TOKEN: "hf_..." }) // { provider: "huggingface", model: "meta-llama/Llama-3.1-8B-Instruct", apiKeyEnv: "HF_TOKEN" }
 */
export function defaultModelRef(env: Readonly<Record<string, string | undefined>> = process.env): ModelRef {
  const set = (name: string) => (env[name] ?? "").trim() !== "";
  if (set("OPENAI_BASE_URL") || set("OPENAI_API_KEY")) {
    return {
      provider: "openai-compatible",
      model: env.OPENAI_MODEL?.trim() || "gpt-4o-mini",
      ...(set("OPENAI_BASE_URL") ? { baseUrl: (env.OPENAI_BASE_URL ?? "").trim() } : {}),
      ...(set("OPENAI_API_KEY") ? { apiKeyEnv: "OPENAI_API_KEY" } : {}),
    };
  }
  if (set("HF_TOKEN")) {
    return {
      provider: "huggingface",
      model: env.HF_MODEL?.trim() || "meta-llama/Llama-3.1-8B-Instruct",
      apiKeyEnv: "HF_TOKEN",
    };
  }
  return { provider: "llama-cpp", model: defaultLlamaCppModelUri };
}
