import type { TokenizerFamily } from "../render/tokenizer-family.js";
import type { TrainJobSpec } from "./train-job-spec-schema.js";

/** Memory of one GPU for a job, in GB (10^9 bytes), by part. */
export interface MemoryEstimate {
  /** Model weights (bf16/fp16: 2 bytes a parameter; fp32: 4). */
  weightsGb: number;
  /** Gradients of the trained parameters. */
  gradientsGb: number;
  /** AdamW moments plus fp32 master weights of the trained parameters. */
  optimizerGb: number;
  /** Activations of one micro-batch (rough), logits included. */
  activationsGb: number;
  /** Everything, plus about 1.5 GB of CUDA context and allocator slack. */
  totalGb: number;
  /** Parameters being trained: all of them (full) or the adapters' (LoRA, estimated). */
  trainableParams: number;
}

/** The rough cost of a job. Fields are undefined where an input is missing. */
export interface TrainJobEstimate {
  /** Parameter count of the base model, when known. */
  params: number | undefined;
  memory: MemoryEstimate | undefined;
  /** Estimated tokens of the training split (one epoch), from the rendered rows. */
  tokensPerEpoch: number | undefined;
  /** Optimizer steps per epoch: rows / (batch × accumulation × GPUs). */
  stepsPerEpoch: number | undefined;
  /** Assumed throughput of one GPU (see {@link assumedTokensPerSecond}). */
  tokensPerSecondPerGpu: number | undefined;
  secondsPerEpoch: number | undefined;
  totalSeconds: number | undefined;
}

const vocabularyOf: Record<TokenizerFamily, number> = { deepseek: 32_256, chatml: 151_936, llama3: 128_256 };

/**
 * Assumed training tokens/s of one 80 GB H100-class GPU in bf16, by model size and method. Rough: published
 * A100 numbers for 7B LoRA are 2.4k to 4k tokens/s and an H100 does about 2 to 3 times that; smaller models
 * scale roughly inversely with size. Measure (the heartbeat logs tokens/s) and pass your own figure.
 */
export function assumedTokensPerSecond({
  params,
  method,
}: {
  params: number;
  method: "full" | "lora";
}): number {
  const billions = params / 1e9;
  const full = billions <= 2 ? 20_000 : billions <= 4 ? 9_000 : billions <= 9 ? 4_000 : 800;
  return method === "lora" ? Math.round(full * 1.6) : full;
}

/**
 * Memory of one GPU. Full fine-tuning with mixed-precision AdamW needs 16 bytes a parameter before
 * activations (2 weights + 2 gradients + 12 fp32 master weights and moments); data-parallel training keeps a
 * full copy on every GPU. LoRA keeps frozen bf16 weights (2 bytes) and trains about 0.5% of the parameters at
 * r 32 on four projections (scaled by r and the number of targets). Activations assume hidden size
 * `cbrt(params × 128 / 12)`, one layer per 128 of hidden size, 34 bytes per token and hidden unit for the one
 * layer being recomputed (2 with checkpointing kept per layer), and logits at 8 bytes per token and
 * vocabulary entry.
 */
export function estimateMemory({
  spec,
  params,
  family,
}: {
  spec: TrainJobSpec;
  params: number;
  family: TokenizerFamily | undefined;
}): MemoryEstimate {
  const { method, optimizer, data } = spec;
  const weightBytes = optimizer.precision === "fp32" ? 4 : 2;
  const trainableParams =
    method.kind === "full"
      ? params
      : Math.round(params * 0.005 * (method.r / 32) * (method.targets.length / 4));
  const hidden = Math.cbrt((params * 128) / 12);
  const layers = Math.max(1, Math.round(hidden / 128));
  const tokens = optimizer.perDeviceBatchSize * data.maxLength;
  const perLayer = tokens * hidden * 34;
  const kept = optimizer.gradientCheckpointing ? tokens * hidden * 2 * layers + perLayer : perLayer * layers;
  const logits = tokens * (family === undefined ? 64_000 : vocabularyOf[family]) * 8;
  const gb = (bytes: number) => Math.round(bytes / 1e8) / 10;
  const weightsGb = gb(params * weightBytes);
  const gradientsGb = gb(trainableParams * weightBytes);
  const optimizerGb = gb(trainableParams * 12);
  const activationsGb = gb(kept + logits);
  return {
    weightsGb,
    gradientsGb,
    optimizerGb,
    activationsGb,
    totalGb: Math.round((weightsGb + gradientsGb + optimizerGb + activationsGb + 1.5) * 10) / 10,
    trainableParams,
  };
}

/** Steps, throughput and time from the rendered data's size; undefined parts where inputs are missing. */
export function estimateTime({
  spec,
  params,
  dataStats,
  tokensPerSecondPerGpu,
}: {
  spec: TrainJobSpec;
  params: number | undefined;
  dataStats: { rows: number; tokens: number } | undefined;
  tokensPerSecondPerGpu: number | undefined;
}): Pick<
  TrainJobEstimate,
  "tokensPerEpoch" | "stepsPerEpoch" | "tokensPerSecondPerGpu" | "secondsPerEpoch" | "totalSeconds"
> {
  const { optimizer, hardware, method } = spec;
  const speed =
    tokensPerSecondPerGpu ??
    (params === undefined ? undefined : assumedTokensPerSecond({ params, method: method.kind }));
  const perStep = optimizer.perDeviceBatchSize * optimizer.gradientAccumulation * hardware.gpus;
  const stepsPerEpoch = dataStats === undefined ? undefined : Math.ceil(dataStats.rows / perStep);
  const secondsPerEpoch =
    dataStats === undefined || speed === undefined
      ? undefined
      : Math.round(dataStats.tokens / (speed * hardware.gpus));
  return {
    tokensPerEpoch: dataStats?.tokens,
    stepsPerEpoch,
    tokensPerSecondPerGpu: speed,
    secondsPerEpoch,
    totalSeconds: secondsPerEpoch === undefined ? undefined : Math.round(secondsPerEpoch * optimizer.epochs),
  };
}
