import type { GgufValue } from "./gguf-value.js";

/** Token kinds as llama.cpp numbers them in `tokenizer.ggml.token_type`. */
const tokenType = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

/** The ChatML template, as Qwen and many other instruct models ship it. */
export const chatMlTemplate =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** A few multi-character pieces, so the tokenizer has merges to make on JSON text. */
const pieces = [
  '{"',
  '":',
  '",',
  '"}',
  "▁{",
  "▁}",
  '▁"',
  "answer",
  "name",
  "▁the",
  "▁a",
  "true",
  "false",
  "null",
];

/**
 * The metadata of a small SentencePiece-style (`llama`) vocabulary: the special tokens `<unk>`, `<s>`,
 * `</s>`, the ChatML markers `<|im_start|>` and `<|im_end|>` (the end-of-generation token), all 256 byte
 * tokens for byte fallback, every printable ASCII character, the word marker `▁` and a few merged pieces.
 */
export function tinyLlamaVocabulary(): { size: number; metadata: Record<string, GgufValue> } {
  const tokens: string[] = [];
  const scores: number[] = [];
  const types: number[] = [];
  const add = (text: string, type: number, score = 0): number => {
    tokens.push(text);
    scores.push(score);
    types.push(type);
    return tokens.length - 1;
  };
  const unknown = add("<unk>", tokenType.unknown);
  const begin = add("<s>", tokenType.control);
  add("</s>", tokenType.control);
  add("<|im_start|>", tokenType.control);
  const end = add("<|im_end|>", tokenType.control);
  for (let byte = 0; byte < 256; byte++) {
    add(`<0x${byte.toString(16).toUpperCase().padStart(2, "0")}>`, tokenType.byte);
  }
  add("▁", tokenType.normal, -1);
  for (let code = 0x21; code < 0x7f; code++) {
    add(String.fromCharCode(code), tokenType.normal, -2);
  }
  for (const [index, piece] of pieces.entries()) {
    add(piece, tokenType.normal, -1 - index / pieces.length);
  }
  return {
    size: tokens.length,
    metadata: {
      "tokenizer.ggml.model": { type: "string", value: "llama" },
      "tokenizer.ggml.tokens": { type: "array", itemType: "string", value: tokens },
      "tokenizer.ggml.scores": { type: "array", itemType: "float32", value: scores },
      "tokenizer.ggml.token_type": { type: "array", itemType: "int32", value: types },
      "tokenizer.ggml.bos_token_id": { type: "uint32", value: begin },
      "tokenizer.ggml.eos_token_id": { type: "uint32", value: end },
      "tokenizer.ggml.unknown_token_id": { type: "uint32", value: unknown },
      "tokenizer.ggml.add_bos_token": { type: "bool", value: false },
      "tokenizer.ggml.add_eos_token": { type: "bool", value: false },
      "tokenizer.chat_template": { type: "string", value: chatMlTemplate },
    },
  };
}
