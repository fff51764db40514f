import type { QueryStyle, Random, RunConfig } from "@apigen/core";
import {
  type ApiSampler,
  type CategorizedTool,
  createApiSampler,
  createPromptSampler,
  type PromptSampler,
  renderGenerationPrompt,
  type SeedPool,
} from "@apigen/generator";
import type { PlannedPrompt } from "./prompt-journal.js";

/** What planning a prompt draws from. */
export interface PromptPlanner {
  apiSampler: ApiSampler;
  promptSampler: PromptSampler;
  seedPool: SeedPool;
  /** Draws the number of few-shot examples. */
  random: Random;
  config: RunConfig;
}

/** The samplers a config asks for, each on its own fork of `random`. */
export function createPromptPlanner({
  config,
  tools,
  seedPool,
  random,
  toolUsage = {},
}: {
  config: RunConfig;
  tools: readonly CategorizedTool[];
  seedPool: SeedPool;
  random: Random;
  /** Times each tool was offered before (a resumed run), so the sampler keeps covering the least used. */
  toolUsage?: Readonly<Record<string, number>>;
}): PromptPlanner {
  const { sampling } = config;
  return {
    apiSampler: createApiSampler({
      tools,
      random: random.fork("api-sampler"),
      toolsPerPrompt: sampling.toolsPerPrompt,
      crossCategory: sampling.crossCategory,
      initialUsage: toolUsage,
      ...(sampling.categoryWeights === undefined ? {} : { categoryWeights: sampling.categoryWeights }),
    }),
    promptSampler: createPromptSampler({
      random: random.fork("prompts"),
      ...(sampling.framingWeights === undefined ? {} : { framingWeights: sampling.framingWeights }),
    }),
    seedPool,
    random: random.fork("examples"),
    config,
  };
}

/**
 * Plans prompt number `prompt` of style `style`: draws its tools, few-shot examples and template, and renders the
 * request the model will get. The plan is journalled before it is sent, so a resumed run can send it again.
 */
export function planPrompt(
  { apiSampler, promptSampler, seedPool, random, config }: PromptPlanner,
  style: QueryStyle,
  prompt: number,
): PlannedPrompt {
  const draw = apiSampler.draw(style);
  const { min, max } = config.sampling.examplesPerPrompt;
  const examples = seedPool.sample({
    style,
    count: random.int(min, max),
    avoidTools: draw.tools.map((tool) => tool.name),
  });
  const template = promptSampler.pick(style);
  const pairs = config.generator.pairsPerPrompt;
  const rendered = renderGenerationPrompt({
    template,
    draw,
    examples,
    pairs,
    withThought: config.generator.withThought,
    callsPerAnswer: config.sampling.callsPerAnswer,
  });
  return {
    kind: "planned",
    prompt,
    style,
    category: draw.category,
    promptId: rendered.templateId,
    tools: draw.tools.map((tool) => tool.name),
    pairs,
    request: { messages: rendered.messages, responseFormat: rendered.responseFormat },
  };
}
