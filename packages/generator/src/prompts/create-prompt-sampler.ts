import type { QueryStyle, Random } from "@apigen/core";
import { promptLibrary } from "./prompt-library.js";
import type { PromptFraming, PromptTemplate } from "./prompt-template.js";

/** Options of {@link createPromptSampler}. */
export interface PromptSamplerOptions {
  /** From `createRandom(seed)` in `@apigen/core`; the sampler uses its own fork of it. */
  random: Random;
  /** The templates to choose from; ids must be unique. @default promptLibrary */
  templates?: readonly PromptTemplate[];
  /**
   * Relative weight per framing; framings absent keep their default; 0 never picks that framing.
   * @default { concise: 1, detailed: 1, casual: 1, ambiguous: 0.5, typos: 0.5, numbers_as_words: 0.5 }
   */
  framingWeights?: Partial<Record<PromptFraming, number>>;
}

/** Picks the template of each prompt; see {@link createPromptSampler}. */
export interface PromptSampler {
  /** A template of `style`, by framing weight. Throws a `TypeError` when no template of that style can be picked. */
  pick(style: QueryStyle): PromptTemplate;
}

const defaultFramingWeights: Record<PromptFraming, number> = {
  concise: 1,
  detailed: 1,
  casual: 1,
  ambiguous: 0.5,
  typos: 0.5,
  numbers_as_words: 0.5,
};

/**
 * Creates the prompt sampler: for each prompt, one template of the wanted style, its framing chosen by weight,
 * so that queries do not all sound alike. Deterministic for a seed and a sequence of calls.
 *
 * @example
 * const prompts = createPromptSampler({ random: createRandom(1), framingWeights: { typos: 0 } });
 * prompts.pick("parallel"); // { id: "parallel.casual.v1", style: "parallel", framing: "casual" }
 */
export function createPromptSampler({
  random: parentRandom,
  templates = promptLibrary,
  framingWeights = {},
}: PromptSamplerOptions): PromptSampler {
  const weights = { ...defaultFramingWeights, ...framingWeights };
  for (const [framing, weight] of Object.entries(weights)) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new TypeError(`framingWeights.${framing} must be a finite number >= 0, got ${String(weight)}`);
    }
  }
  const ids = new Set<string>();
  for (const template of templates) {
    if (ids.has(template.id)) {
      throw new TypeError(`Prompt template ids must be unique: "${template.id}" appears twice`);
    }
    ids.add(template.id);
  }
  const random = parentRandom.fork("prompt-sampler");
  return {
    pick: (style) => {
      const candidates = templates.filter(
        (template) => template.style === style && weights[template.framing] > 0,
      );
      if (candidates.length === 0) {
        throw new TypeError(
          `No prompt template of style ${style} has a framing weight above 0: add one or change framingWeights`,
        );
      }
      return random.weighted(
        candidates,
        candidates.map((template) => weights[template.framing]),
      );
    },
  };
}
