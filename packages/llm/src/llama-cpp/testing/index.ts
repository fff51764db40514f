export { type CreateTinyLlamaGgufOptions, createTinyLlamaGguf } from "./create-tiny-llama-gguf.js";
export type { GgufScalarType, GgufValue } from "./gguf-value.js";
export { type GgufTensor, type WriteGgufOptions, writeGguf } from "./write-gguf.js";
