import { estimateMemory, estimateTime, type TrainJobEstimate } from "./estimate-train-job.js";
import type { Finding } from "./finding.js";
import { findBaseModel } from "./known-base-models.js";
import { licenseNotices } from "./license-notices.js";
import type { TrainJobSpec } from "./train-job-spec-schema.js";

/** Options of {@link validateTrainJob}. */
export interface ValidateTrainJobOptions {
  /** The launcher's environment, for checking that named token variables are set (values are never read further). */
  env: Readonly<Record<string, string | undefined>>;
  /** Size of the rendered training split (`renderTrainingData().train`), for tokens, steps and time. */
  dataStats?: { rows: number; tokens: number } | undefined;
  /** Measured training tokens/s of one GPU, instead of the assumed table. */
  tokensPerSecondPerGpu?: number | undefined;
}

/** The verdict on a job before it runs. */
export interface TrainJobValidation {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
  estimate: TrainJobEstimate;
}

/** Share of a GPU's memory a job may plan to use. */
const usableShare = 0.92;

const loraDefaults: TrainJobSpec["method"] = {
  kind: "lora",
  r: 32,
  alpha: 64,
  dropout: 0.05,
  targets: ["q_proj", "k_proj", "v_proj", "o_proj"],
};

/**
 * Catches expensive mistakes before a GPU is paid for: a model that does not fit the GPUs (16 bytes a
 * parameter for full fine-tuning, with what would fit instead), `maxLength` beyond the base model's context,
 * a gated base model or a push without a token variable that is set, an unknown base model (no memory
 * estimate unless `baseModelParams` is given), and license notices. Estimates memory, tokens, steps and time.
 *
 * @example
 * const { errors, estimate } = validateTrainJob(spec, { env: process.env, dataStats: rendered.train });
 */
export function validateTrainJob(
  spec: TrainJobSpec,
  { env, dataStats, tokensPerSecondPerGpu }: ValidateTrainJobOptions,
): TrainJobValidation {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const model = findBaseModel(spec.baseModel);
  const params = spec.baseModelParams ?? model?.params;
  const family = model?.chatTemplateFamily;
  if (params === undefined) {
    warnings.push({
      code: "unknown-base-model",
      message: `${spec.baseModel} is not a known base model: memory, context and license cannot be checked; set baseModelParams to get a memory estimate.`,
      path: "baseModel",
    });
  }
  const memory = params === undefined ? undefined : estimateMemory({ spec, params, family });
  const usable = spec.hardware.gpuMemoryGb * usableShare;
  if (memory !== undefined && memory.totalGb > usable) {
    const states = memory.weightsGb + memory.gradientsGb + memory.optimizerGb;
    const lora =
      params === undefined
        ? undefined
        : estimateMemory({ spec: { ...spec, method: loraDefaults }, params, family });
    const shards = Math.ceil((16 * (params ?? 0)) / 1e9 / Math.max(1, usable - memory.activationsGb - 1.5));
    const advice =
      states > usable - 1.5
        ? spec.method.kind === "full"
          ? `full fine-tuning needs about 16 bytes a parameter (${Math.round(states)} GB of weights, gradients and optimizer state) on every GPU, since the bundled script trains data-parallel. LoRA would need about ${lora?.totalGb} GB; sharding the states with ZeRO-3/FSDP would need ${shards} GPUs of ${spec.hardware.gpuMemoryGb} GB (not supported by the bundled script yet).`
          : `even the frozen weights (${memory.weightsGb} GB) do not fit: use a larger GPU or a smaller base model.`
        : `activations of a micro-batch (${memory.activationsGb} GB) do not fit next to the model: lower optimizer.perDeviceBatchSize (raise gradientAccumulation to keep the batch) or data.maxLength, or turn on gradientCheckpointing.`;
    errors.push({
      code: "memory-exceeded",
      message: `About ${memory.totalGb} GB per GPU is needed, ${spec.hardware.gpuMemoryGb} GB available: ${advice}`,
      path: states > usable - 1.5 ? "method" : "optimizer.perDeviceBatchSize",
    });
  }
  if (model !== undefined && spec.data.maxLength > model.contextLength) {
    errors.push({
      code: "context-exceeded",
      message: `data.maxLength ${spec.data.maxLength} is beyond the context of ${model.id} (${model.contextLength} tokens).`,
      path: "data.maxLength",
    });
  }
  const tokenEnv = spec.secrets.hfTokenEnv;
  const tokenSet = tokenEnv !== undefined && (env[tokenEnv] ?? "") !== "";
  const needsToken = [
    ...(model?.gated ? [`${model.id} is gated on the Hub`] : []),
    ...(spec.push === undefined ? [] : [`pushing to ${spec.push.repo}`]),
  ];
  if (needsToken.length > 0 && !tokenSet) {
    errors.push({
      code: "token-missing",
      message: `${needsToken.join(" and ")} needs a Hugging Face token: ${tokenEnv === undefined ? "name the variable that holds it in secrets.hfTokenEnv" : `set ${tokenEnv} in the environment`}.`,
      path: "secrets.hfTokenEnv",
    });
  }
  if (spec.backend.kind === "hf-jobs" && spec.push === undefined) {
    errors.push({
      code: "push-missing",
      message:
        "a Hugging Face job's container is discarded when it ends: set push.repo so the script uploads the trained model there.",
      path: "push",
    });
  }
  const time = estimateTime({ spec, params, dataStats, tokensPerSecondPerGpu });
  if (
    time.stepsPerEpoch !== undefined &&
    spec.optimizer.warmupSteps >= time.stepsPerEpoch * spec.optimizer.epochs
  ) {
    warnings.push({
      code: "warmup-too-long",
      message: `warm-up (${spec.optimizer.warmupSteps} steps) is as long as the whole run (${time.stepsPerEpoch * spec.optimizer.epochs} steps).`,
      path: "optimizer.warmupSteps",
    });
  }
  return { errors, warnings, notices: licenseNotices(spec, model), estimate: { params, memory, ...time } };
}
