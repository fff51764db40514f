import type { TokenizerFamily } from "../render/tokenizer-family.js";

/** What the launcher knows about a base model without downloading it. */
export interface BaseModelInfo {
  /** Parameter count. */
  params: number;
  /** Longest sequence the model was trained for, in tokens. */
  contextLength: number;
  /** License name as the model card gives it. */
  license: string;
  /** The Hub asks users to accept terms first: downloading needs a token. */
  gated: boolean;
  /** Chat layout and end-of-turn marker of its tokenizer. */
  chatTemplateFamily: TokenizerFamily;
}

const deepseek = { license: "DeepSeek License", gated: false, chatTemplateFamily: "deepseek" } as const;
const qwen = { license: "Apache-2.0", gated: false, chatTemplateFamily: "chatml" } as const;
const llama31 = {
  license: "Llama 3.1 Community License",
  gated: true,
  chatTemplateFamily: "llama3",
} as const;
const llama32 = {
  license: "Llama 3.2 Community License",
  gated: true,
  chatTemplateFamily: "llama3",
} as const;

/**
 * Base models the launcher can check and estimate without asking the Hub: the bases of the xLAM models
 * (DeepSeek-Coder, Qwen 2.5, Llama 3.1/3.2) and the small instruct models next to them. Keys are Hub ids.
 * Qwen2.5-3B-Instruct carries the Qwen Research License, the others in its family Apache-2.0.
 */
export const knownBaseModels: Readonly<Record<string, BaseModelInfo>> = {
  "deepseek-ai/deepseek-coder-1.3b-instruct": { params: 1.35e9, contextLength: 16384, ...deepseek },
  "deepseek-ai/deepseek-coder-7b-instruct-v1.5": { params: 6.91e9, contextLength: 4096, ...deepseek },
  "Qwen/Qwen2.5-0.5B-Instruct": { params: 0.49e9, contextLength: 32768, ...qwen },
  "Qwen/Qwen2.5-1.5B-Instruct": { params: 1.54e9, contextLength: 32768, ...qwen },
  "Qwen/Qwen2.5-3B-Instruct": {
    params: 3.09e9,
    contextLength: 32768,
    ...qwen,
    license: "Qwen Research License",
  },
  "Qwen/Qwen2.5-7B-Instruct": { params: 7.62e9, contextLength: 32768, ...qwen },
  "Qwen/Qwen2.5-32B-Instruct": { params: 32.8e9, contextLength: 32768, ...qwen },
  "meta-llama/Llama-3.2-1B-Instruct": { params: 1.24e9, contextLength: 131072, ...llama32 },
  "meta-llama/Llama-3.2-3B-Instruct": { params: 3.21e9, contextLength: 131072, ...llama32 },
  "meta-llama/Llama-3.1-8B-Instruct": { params: 8.03e9, contextLength: 131072, ...llama31 },
  "meta-llama/Llama-3.1-70B-Instruct": { params: 70.6e9, contextLength: 131072, ...llama31 },
};

/**
 * Looks a base model up by Hub id (case-insensitive), or by the last two parts of a local path
 * (`/models/Qwen/Qwen2.5-1.5B-Instruct`); undefined when unknown.
 */
export function findBaseModel(baseModel: string): (BaseModelInfo & { id: string }) | undefined {
  const wanted = baseModel.replace(/\/+$/, "").toLowerCase();
  for (const [id, info] of Object.entries(knownBaseModels)) {
    const key = id.toLowerCase();
    if (wanted === key || wanted.endsWith(`/${key}`)) {
      return { id, ...info };
    }
  }
  return undefined;
}
