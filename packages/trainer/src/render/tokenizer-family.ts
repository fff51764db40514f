import { z } from "zod";

/**
 * The chat layouts a rendered row can use: DeepSeek-Coder's `### Instruction:` / `### Response:` with
 * `<|EOT|>`, ChatML (`<|im_start|>`, used by Qwen 2.5) and Llama 3 headers with `<|eot_id|>`.
 */
export const tokenizerFamilies = ["deepseek", "chatml", "llama3"] as const;
export const tokenizerFamilySchema = z.enum(tokenizerFamilies);
export type TokenizerFamily = z.infer<typeof tokenizerFamilySchema>;

/** The end-of-turn text that closes a completion in each family; the tokenizers map it to one special token. */
export const endOfTurn: Record<TokenizerFamily, string> = {
  deepseek: "<|EOT|>",
  chatml: "<|im_end|>",
  llama3: "<|eot_id|>",
};

/** Lays a system text and one user turn out in the family's layout, ending where the answer begins. */
export function layoutTurn({
  family,
  system,
  user,
}: {
  family: TokenizerFamily;
  system: string;
  user: string;
}): string {
  switch (family) {
    case "deepseek":
      return `${system}\n### Instruction:\n${user}\n### Response:\n`;
    case "chatml":
      return `<|im_start|>system\n${system}<|im_end|>\n<|im_start|>user\n${user}<|im_end|>\n<|im_start|>assistant\n`;
    case "llama3":
      return `<|start_header_id|>system<|end_header_id|>\n\n${system}<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n${user}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`;
  }
}

/** Removes one trailing end-of-turn marker of any family (and the whitespace around it). */
export function stripEndOfTurn(completion: string): string {
  const trimmed = completion.trimEnd();
  for (const marker of Object.values(endOfTurn)) {
    if (trimmed.endsWith(marker)) {
      return trimmed.slice(0, -marker.length).trimEnd();
    }
  }
  return trimmed;
}
