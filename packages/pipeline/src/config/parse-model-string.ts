import type { ModelRef } from "@apigen/core";

const forms = "openai:MODEL, hf:ORG/MODEL, llama-cpp:PATH_OR_URI or a path ending in .gguf";

/**
 * Reads a model written as one string, as on a command line: `openai:gpt-4o-mini` (an OpenAI-compatible
 * server, key in `OPENAI_API_KEY` when set), `hf:meta-llama/Llama-3.1-8B-Instruct` (Hugging Face Inference Providers,
 * key in `HF_TOKEN`), `llama-cpp:/models/qwen.gguf` or `llama-cpp:hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF:Q4_K_M`,
 * or a bare path ending in `.gguf`. Throws a `TypeError` listing the accepted forms for anything else.
 *
 * @example
 * parseModelString("openai:gpt-4o-mini") // { provider: "openai-compatible", model: "gpt-4o-mini" }
 */
export function parseModelString(text: string): ModelRef {
  const value = text.trim();
  const colon = value.indexOf(":");
  const prefix = colon === -1 ? "" : value.slice(0, colon).toLowerCase();
  const rest = colon === -1 ? "" : value.slice(colon + 1).trim();
  if ((prefix === "openai" || prefix === "openai-compatible") && rest !== "") {
    // No apiKeyEnv: OPENAI_API_KEY is used when set, and a local server (vLLM, Ollama) needs none.
    return { provider: "openai-compatible", model: rest };
  }
  if ((prefix === "hf" || prefix === "huggingface") && rest !== "") {
    return { provider: "huggingface", model: rest, apiKeyEnv: "HF_TOKEN" };
  }
  if ((prefix === "llama-cpp" || prefix === "llamacpp") && rest !== "") {
    return { provider: "llama-cpp", model: rest };
  }
  if (/\.gguf$/i.test(value)) {
    return { provider: "llama-cpp", model: value };
  }
  throw new TypeError(`Cannot read the model "${value}": write it as ${forms}`);
}
