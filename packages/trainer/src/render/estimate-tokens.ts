/**
 * Characters per token assumed by {@link estimateTokens}. BPE tokenizers with 32k to 150k entries (DeepSeek,
 * Llama 3, Qwen 2.5) average about 3.5 to 4.2 characters per token on English prose and about 3 on dense JSON;
 * 3.6 sits between, so JSON-heavy function-calling rows come out slightly low. Good for filtering and
 * estimates, not for exact packing; the training script counts real tokens.
 */
export const charactersPerToken = 3.6;

/**
 * Rough token count of a text: `ceil(length / 3.6)` (see {@link charactersPerToken}). No tokenizer is
 * loaded, so it is fast and the same on every machine.
 *
 * @example
 * estimateTokens("Where can I find live giveaways?") // 9
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / charactersPerToken);
}
