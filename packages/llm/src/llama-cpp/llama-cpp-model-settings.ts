import type { LlamaOptions } from "node-llama-cpp";

/**
 * The model `createLlamaCppModel` downloads once when given neither `modelPath` nor `modelUri`: Qwen2.5 1.5B
 * Instruct, Q4_K_M (about 1 GB), a small instruct model that follows JSON schemas and tool prompts.
 */
export const defaultLlamaCppModelUri = "hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF:Q4_K_M";

/** Which GGUF file to run: a local path, or a URI downloaded once into the cache. */
export type LlamaCppModelSource =
  | {
      /** A local `.gguf` file. */
      modelPath: string;
      modelUri?: never;
    }
  | {
      /**
       * A node-llama-cpp model URI (`hf:<user>/<repo>:<quant>`, `hf:<user>/<repo>/<file>.gguf`) or an `https:` URL,
       * downloaded into `cacheDirectory` on first use and read from there afterwards.
       * @default defaultLlamaCppModelUri
       */
      modelUri?: string;
      modelPath?: never;
    };

/** Settings of `createLlamaCppModel`. */
export type LlamaCppModelSettings = LlamaCppModelSource & {
  /** Where `modelUri` downloads go. @default node-llama-cpp's `~/.node-llama-cpp/models` */
  cacheDirectory?: string;
  /** Tokens of context per sequence. @default the model's training context, at most 4096 */
  contextSize?: number;
  /** CPU threads for evaluation. @default node-llama-cpp's choice (the machine's cores) */
  threads?: number;
  /**
   * The compute backend: `false` runs on the CPU; `"auto"`, `"cuda"`, `"vulkan"` or `"metal"` use a GPU.
   * @default false
   */
  gpu?: LlamaOptions["gpu"];
  /**
   * Requests answered at once, each on its own sequence of one shared context (batched by llama.cpp);
   * further requests wait their turn.
   * @default 1
   */
  sequences?: number;
  /** The name reported as `modelId`. @default the file name without `.gguf`, or the URI */
  modelId?: string;
};
