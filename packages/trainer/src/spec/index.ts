export {
  type BackendSpec,
  backendSpecSchema,
  defaultHfJobsImage,
  hfJobsBackendSchema,
  localBackendSchema,
  sshBackendSchema,
} from "./backend-spec-schema.js";
export { type DataSource, type DataSpec, dataSourceSchema, dataSpecSchema } from "./data-spec-schema.js";
export {
  assumedTokensPerSecond,
  estimateMemory,
  type MemoryEstimate,
  type TrainJobEstimate,
} from "./estimate-train-job.js";
export type { Finding } from "./finding.js";
export { type BaseModelInfo, findBaseModel, knownBaseModels } from "./known-base-models.js";
export { formatIssues, loadTrainJobSpec, parseTrainJobSpec } from "./load-train-job-spec.js";
export {
  fullMethodSchema,
  loraMethodSchema,
  type MethodSpec,
  methodSpecSchema,
} from "./method-spec-schema.js";
export { type OptimizerSpec, optimizerInputSchema, resolveOptimizer } from "./optimizer-spec-schema.js";
export { type SecretsSpec, secretsSpecSchema } from "./secrets-spec-schema.js";
export { TrainJobSpecError } from "./train-job-spec-error.js";
export {
  type PromptFormat,
  promptFormatSchema,
  promptFormats,
  type TrainJobSpec,
  type TrainJobSpecInput,
  trainJobSpecSchema,
} from "./train-job-spec-schema.js";
export {
  type TrainJobValidation,
  type ValidateTrainJobOptions,
  validateTrainJob,
} from "./validate-train-job.js";
