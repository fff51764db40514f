import type { RunConfig } from "@apigen/core";

type Range = { min: number; max: number };
const range = ({ min, max }: Range) => (min === max ? String(min) : `${min}-${max}`);

/**
 * The settings of a run worth stating on a data set card, flattened to `name: value` for `RunStats.settings`:
 * sampling ranges (as `"2-5"`), generation, judge, stage and dedup options, seed-pool caps and concurrency.
 * Model names are given elsewhere (`RunStats.usage`); no URL, key or environment variable name appears here.
 *
 * @example
 * describeRunConfig(config) // { "sampling.toolsPerPrompt": "2-5", "dedup.nearDuplicateThreshold": 0.85, ... }
 */
export function describeRunConfig(config: RunConfig): Record<string, string | number | boolean> {
  const { generator, judge, sampling, seedPool, stages, dedup } = config;
  return {
    "generator.pairsPerPrompt": generator.pairsPerPrompt,
    "generator.withThought": generator.withThought,
    "generator.temperature": generator.model.temperature ?? generator.temperature,
    "generator.maxTokens": generator.model.maxTokens ?? generator.maxTokens,
    "judge.enabled": judge.enabled,
    "judge.committee": judge.committee.length,
    "judge.grounding": judge.grounding,
    "sampling.toolsPerPrompt": range(sampling.toolsPerPrompt),
    "sampling.examplesPerPrompt": range(sampling.examplesPerPrompt),
    "sampling.callsPerAnswer": range(sampling.callsPerAnswer),
    "sampling.crossCategory": sampling.crossCategory,
    "seedPool.maxPerTool": seedPool.maxPerTool,
    "seedPool.maxSize": seedPool.maxSize,
    "stages.timeoutMs": stages.timeoutMs,
    "stages.maxResultChars": stages.maxResultChars,
    "stages.failOnEmptyResult": stages.failOnEmptyResult,
    "stages.failOnErrorPayload": stages.failOnErrorPayload,
    "dedup.enabled": dedup.enabled,
    "dedup.nearDuplicateThreshold": dedup.nearDuplicateThreshold,
    concurrency: config.concurrency,
    ...(config.maxPrompts === undefined ? {} : { maxPrompts: config.maxPrompts }),
  };
}
