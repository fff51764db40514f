import { createRandom } from "@apigen/core";
import type { GgufValue } from "./gguf-value.js";
import { tinyLlamaVocabulary } from "./tiny-llama-vocabulary.js";
import { type GgufTensor, writeGguf } from "./write-gguf.js";

/** Options of {@link createTinyLlamaGguf}. */
export interface CreateTinyLlamaGgufOptions {
  /** Where to write the model file. */
  path: string;
  /**
   * Seed of the random weights: the same seed writes the same file.
   * @default 1
   */
  seed?: number;
  /** @default 64 */
  embeddingLength?: number;
  /** @default 2 */
  blockCount?: number;
  /** @default 4 */
  headCount?: number;
  /** @default 2 */
  headCountKv?: number;
  /** @default 128 */
  feedForwardLength?: number;
  /** @default 1024 */
  contextLength?: number;
}

/**
 * Writes a tiny llama-architecture GGUF model with random F32 weights, a small SentencePiece vocabulary with
 * byte fallback, and a ChatML chat template. It loads in llama.cpp in milliseconds and writes gibberish, which
 * a grammar turns into valid JSON: a real model for tests, built at test time instead of downloaded.
 *
 * @example
 * const { path } = await createTinyLlamaGguf({ path: join(folder, "tiny.gguf") });
 * const model = createLlamaCppModel({ modelPath: path });
 */
export async function createTinyLlamaGguf({
  path,
  seed = 1,
  embeddingLength = 64,
  blockCount = 2,
  headCount = 4,
  headCountKv = 2,
  feedForwardLength = 128,
  contextLength = 1024,
}: CreateTinyLlamaGgufOptions): Promise<{ path: string; bytes: number; vocabularySize: number }> {
  if (embeddingLength % headCount !== 0 || headCount % headCountKv !== 0) {
    throw new TypeError(
      "embeddingLength must be a multiple of headCount, and headCount a multiple of headCountKv",
    );
  }
  const headSize = embeddingLength / headCount;
  const vocabulary = tinyLlamaVocabulary();
  const random = createRandom(`tiny-llama-${seed}`);
  const uniform = (shape: [number, number]): Float32Array => {
    const scale = Math.sqrt(3 / shape[0]);
    const data = new Float32Array(shape[0] * shape[1]);
    for (let index = 0; index < data.length; index++) {
      data[index] = (random.next() * 2 - 1) * scale;
    }
    return data;
  };
  const matrix = (name: string, columns: number, rows: number): GgufTensor => ({
    name,
    shape: [columns, rows],
    data: uniform([columns, rows]),
  });
  const ones = (name: string): GgufTensor => ({
    name,
    shape: [embeddingLength],
    data: new Float32Array(embeddingLength).fill(1),
  });

  const tensors: GgufTensor[] = [matrix("token_embd.weight", embeddingLength, vocabulary.size)];
  for (let block = 0; block < blockCount; block++) {
    const prefix = `blk.${block}`;
    tensors.push(
      ones(`${prefix}.attn_norm.weight`),
      matrix(`${prefix}.attn_q.weight`, embeddingLength, embeddingLength),
      matrix(`${prefix}.attn_k.weight`, embeddingLength, headSize * headCountKv),
      matrix(`${prefix}.attn_v.weight`, embeddingLength, headSize * headCountKv),
      matrix(`${prefix}.attn_output.weight`, embeddingLength, embeddingLength),
      ones(`${prefix}.ffn_norm.weight`),
      matrix(`${prefix}.ffn_gate.weight`, embeddingLength, feedForwardLength),
      matrix(`${prefix}.ffn_up.weight`, embeddingLength, feedForwardLength),
      matrix(`${prefix}.ffn_down.weight`, feedForwardLength, embeddingLength),
    );
  }
  tensors.push(ones("output_norm.weight"), matrix("output.weight", embeddingLength, vocabulary.size));

  const uint32 = (value: number): GgufValue => ({ type: "uint32", value });
  const metadata: Record<string, GgufValue> = {
    "general.architecture": { type: "string", value: "llama" },
    "general.name": { type: "string", value: "apigen tiny llama (random weights)" },
    "general.file_type": uint32(0),
    "llama.vocab_size": uint32(vocabulary.size),
    "llama.context_length": uint32(contextLength),
    "llama.embedding_length": uint32(embeddingLength),
    "llama.block_count": uint32(blockCount),
    "llama.feed_forward_length": uint32(feedForwardLength),
    "llama.attention.head_count": uint32(headCount),
    "llama.attention.head_count_kv": uint32(headCountKv),
    "llama.attention.layer_norm_rms_epsilon": { type: "float32", value: 1e-5 },
    "llama.rope.dimension_count": uint32(headSize),
    "llama.rope.freq_base": { type: "float32", value: 10000 },
    ...vocabulary.metadata,
  };
  const bytes = await writeGguf({ path, metadata, tensors });
  return { path, bytes, vocabularySize: vocabulary.size };
}
