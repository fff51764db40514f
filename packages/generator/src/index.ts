/**
 * @apigen/generator: the generation side of APIGen. The API sampler (which tools a prompt offers), the seed
 * pool (few-shot examples that grow with verified rows), the prompt library and sampler, prompt rendering, and
 * the style planner (which query style to ask for next).
 */
export {
  type ApiSampler,
  type ApiSamplerOptions,
  createApiSampler,
  type ToolDraw,
} from "./api-sampler/create-api-sampler.js";
export { type CategorizedTool, type CategorizeToolsOptions, categorizeTools } from "./categorized-tool.js";
export type { CountRange } from "./count-range.js";
export { SamplingError, type SamplingErrorReason } from "./errors/sampling-error.js";
export {
  createStylePlanner,
  type StylePlanner,
  type StylePlannerOptions,
} from "./planner/create-style-planner.js";
export {
  createPromptSampler,
  type PromptSampler,
  type PromptSamplerOptions,
} from "./prompts/create-prompt-sampler.js";
export { promptLibrary } from "./prompts/prompt-library.js";
export { type PromptFraming, type PromptTemplate, promptFramings } from "./prompts/prompt-template.js";
export {
  type GenerationPrompt,
  type RenderGenerationPromptOptions,
  renderGenerationPrompt,
} from "./prompts/render-generation-prompt.js";
export { createSeedPool, type SeedPool, type SeedPoolOptions } from "./seed-pool/create-seed-pool.js";
