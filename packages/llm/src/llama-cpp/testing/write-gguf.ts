import { open } from "node:fs/promises";
import { GgufBytes } from "./gguf-bytes.js";
import type { GgufValue } from "./gguf-value.js";

/** One F32 tensor of a GGUF file. */
export interface GgufTensor {
  /** The name llama.cpp looks up, e.g. `blk.0.attn_q.weight`. */
  name: string;
  /** Dimensions in ggml order: the fastest-varying (row length) first. */
  shape: readonly number[];
  /** Row-major values; the length must be the product of `shape`. */
  data: Float32Array;
}

/** Options of {@link writeGguf}. */
export interface WriteGgufOptions {
  /** Where to write the file (replaced when it exists). */
  path: string;
  /** Metadata key/value pairs, written in insertion order. */
  metadata: ReadonlyMap<string, GgufValue> | Readonly<Record<string, GgufValue>>;
  tensors: readonly GgufTensor[];
  /**
   * Byte alignment of the tensor data section and of each tensor in it; written as `general.alignment`
   * when it is not the GGUF default.
   * @default 32
   */
  alignment?: number;
}

const ggufMagic = 0x46554747;
const ggufVersion = 3;
const ggmlTypeF32 = 0;

/**
 * Writes a GGUF v3 file: header, typed metadata, tensor infos, then the aligned F32 tensor data. Enough to
 * build small models that llama.cpp loads, e.g. random-weight test fixtures.
 *
 * @example
 * await writeGguf({ path, metadata: { "general.architecture": { type: "string", value: "llama" } }, tensors });
 */
export async function writeGguf({
  path,
  metadata,
  tensors,
  alignment = 32,
}: WriteGgufOptions): Promise<number> {
  if (!Number.isInteger(alignment) || alignment <= 0 || alignment % 8 !== 0) {
    throw new TypeError(`GGUF alignment must be a positive multiple of 8, got ${alignment}`);
  }
  const entries = metadata instanceof Map ? [...metadata] : Object.entries(metadata);
  if (alignment !== 32) {
    entries.push(["general.alignment", { type: "uint32", value: alignment }]);
  }
  const header = new GgufBytes();
  header.uint32(ggufMagic);
  header.uint32(ggufVersion);
  header.uint64(tensors.length);
  header.uint64(entries.length);
  for (const [key, value] of entries) {
    header.string(key);
    header.value(value);
  }
  let offset = 0;
  for (const tensor of tensors) {
    const count = tensor.shape.reduce((product, dimension) => product * dimension, 1);
    if (count !== tensor.data.length || tensor.shape.length === 0) {
      throw new TypeError(
        `Tensor ${tensor.name} has shape [${tensor.shape.join(", ")}] but ${tensor.data.length} values`,
      );
    }
    header.string(tensor.name);
    header.uint32(tensor.shape.length);
    for (const dimension of tensor.shape) {
      header.uint64(dimension);
    }
    header.uint32(ggmlTypeF32);
    header.uint64(offset);
    offset += alignUp(tensor.data.byteLength, alignment);
  }
  header.pad(alignment);

  const file = await open(path, "w");
  try {
    await file.write(header.bytes());
    const padding = new Uint8Array(alignment);
    for (const tensor of tensors) {
      const bytes = new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
      await file.write(bytes);
      const gap = alignUp(bytes.length, alignment) - bytes.length;
      if (gap > 0) {
        await file.write(padding.subarray(0, gap));
      }
    }
  } finally {
    await file.close();
  }
  return header.length + offset;
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}
