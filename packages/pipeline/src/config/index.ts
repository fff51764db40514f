export type { RunConfigOverrides } from "./apply-overrides.js";
export { defaultModelRef } from "./default-model-ref.js";
export { describeRunConfig } from "./describe-run-config.js";
export { type LoadRunConfigOptions, loadRunConfig } from "./load-run-config.js";
export { parseModelString } from "./parse-model-string.js";
export { parseToolSpecs } from "./parse-tool-specs.js";
export { RunConfigError, type RunConfigProblem } from "./run-config-error.js";
export { runConfigJsonSchema } from "./run-config-json-schema.js";
export { defaultStyleMix, spreadCount } from "./spread-count.js";
