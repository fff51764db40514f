import { describe, expect, it } from "vitest";
import { baseSpecInput } from "./__fixtures__/base-spec.js";
import { assumedTokensPerSecond } from "./estimate-train-job.js";
import { findBaseModel, knownBaseModels } from "./known-base-models.js";
import { type TrainJobSpecInput, trainJobSpecSchema } from "./train-job-spec-schema.js";
import { validateTrainJob } from "./validate-train-job.js";

const spec = (overrides: Partial<TrainJobSpecInput>) =>
  trainJobSpecSchema.parse({ ...baseSpecInput, ...overrides });
const codes = (findings: { code: string }[]) => findings.map(({ code }) => code);
const deepseek7b = "deepseek-ai/deepseek-coder-7b-instruct-v1.5";

describe("validateTrainJob", () => {
  it("passes the xLAM-1b recipe: full fine-tuning of 1.3B fits one 80 GB GPU", () => {
    const result = validateTrainJob(spec({}), { env: {} });
    expect(result.errors).toEqual([]);
    expect(result.estimate.params).toBe(1.35e9);
    expect(result.estimate.memory).toMatchObject({ weightsGb: 2.7, gradientsGb: 2.7, optimizerGb: 16.2 });
    expect(result.estimate.memory?.totalGb).toBeGreaterThan(21.6);
    expect(result.estimate.memory?.totalGb).toBeLessThan(40);
  });

  it("refuses full fine-tuning of a 7B on one 80 GB GPU and says what would fit", () => {
    const result = validateTrainJob(
      spec({ baseModel: deepseek7b, data: { sources: [{ path: "a" }], maxLength: 2048 } }),
      { env: {} },
    );
    expect(codes(result.errors)).toEqual(["memory-exceeded"]);
    const message = result.errors[0]?.message ?? "";
    expect(message).toMatch(/16 bytes a parameter \(111 GB/);
    expect(message).toMatch(/LoRA would need about \d+(\.\d)? GB/);
    expect(message).toMatch(/ZeRO-3\/FSDP would need [2-9] GPUs of 80 GB/);
    expect(result.errors[0]?.path).toBe("method");
  });

  it("fits 7B with LoRA, and blames the batch when only activations overflow", () => {
    const lora = validateTrainJob(spec({ baseModel: deepseek7b, method: { kind: "lora" } }), { env: {} });
    expect(lora.errors).toEqual([]);
    const memory = lora.estimate.memory;
    expect(memory?.weightsGb).toBeCloseTo(13.8, 1);
    expect(memory?.trainableParams).toBeLessThan(0.01 * 6.91e9);
    expect(memory?.totalGb).toBeLessThan(40);
    const huge = validateTrainJob(
      spec({ baseModel: deepseek7b, method: { kind: "lora" }, optimizer: { perDeviceBatchSize: 64 } }),
      { env: {} },
    );
    expect(codes(huge.errors)).toEqual(["memory-exceeded"]);
    expect(huge.errors[0]?.path).toBe("optimizer.perDeviceBatchSize");
    expect(huge.errors[0]?.message).toMatch(/lower optimizer\.perDeviceBatchSize/);
  });

  it("refuses maxLength beyond the base model's context", () => {
    const result = validateTrainJob(
      spec({
        baseModel: deepseek7b,
        method: { kind: "lora" },
        data: { sources: [{ path: "a" }], maxLength: 8192 },
        optimizer: { perDeviceBatchSize: 1 },
      }),
      { env: {} },
    );
    expect(codes(result.errors)).toEqual(["context-exceeded"]);
    expect(result.errors[0]?.message).toContain("4096 tokens");
  });

  it("refuses a Hugging Face job that would not push its model anywhere", () => {
    const hf = { backend: { kind: "hf-jobs" as const, namespace: "me" } };
    expect(codes(validateTrainJob(spec(hf), { env: {} }).errors)).toContain("push-missing");
    const pushed = { ...hf, push: { repo: "me/xlam-1b" }, secrets: { hfTokenEnv: "HF_TOKEN" } };
    expect(codes(validateTrainJob(spec(pushed), { env: { HF_TOKEN: "hf_x" } }).errors)).not.toContain(
      "push-missing",
    );
  });

  it("needs a set token variable for a gated base model or a push", () => {
    const llama = { baseModel: "meta-llama/Llama-3.2-1B-Instruct" };
    expect(validateTrainJob(spec(llama), { env: {} }).errors[0]).toMatchObject({
      code: "token-missing",
      message: expect.stringContaining("name the variable that holds it in secrets.hfTokenEnv"),
    });
    const named = spec({ ...llama, secrets: { hfTokenEnv: "MY_HF" } });
    expect(validateTrainJob(named, { env: {} }).errors[0]?.message).toContain("set MY_HF in the environment");
    expect(validateTrainJob(named, { env: { MY_HF: "" } }).errors).toHaveLength(1);
    expect(validateTrainJob(named, { env: { MY_HF: "hf_x" } }).errors).toEqual([]);
    const push = validateTrainJob(spec({ push: { repo: "me/xlam" } }), { env: {} });
    expect(push.errors[0]?.message).toMatch(/^pushing to me\/xlam needs a Hugging Face token/);
  });

  it("warns about unknown base models and estimates from baseModelParams", () => {
    const unknown = validateTrainJob(spec({ baseModel: "/models/mine" }), { env: {} });
    expect(codes(unknown.warnings)).toEqual(["unknown-base-model"]);
    expect(unknown.estimate.memory).toBeUndefined();
    const given = validateTrainJob(spec({ baseModel: "/models/mine", baseModelParams: 1e9 }), { env: {} });
    expect(given.estimate.memory?.weightsGb).toBe(2);
    expect(given.estimate.memory?.optimizerGb).toBe(12);
  });

  it("gives the license notices", () => {
    const result = validateTrainJob(
      spec({ data: { sources: [{ path: "xlam_function_calling_60k.json" }] } }),
      { env: {} },
    );
    expect(codes(result.notices)).toEqual(["base-model-license", "xlam-license", "dataset-attribution"]);
    expect(result.notices[0]?.message).toContain("DeepSeek License");
    expect(result.notices[1]?.message).toContain("CC-BY-NC-4.0");
    expect(result.notices[2]?.message).toContain("CC-BY-4.0");
    const llama = validateTrainJob(
      spec({
        baseModel: "meta-llama/Llama-3.1-8B-Instruct",
        promptFormat: "chat-template",
        method: { kind: "lora" },
      }),
      { env: {} },
    );
    expect(llama.notices.map(({ message }) => message).join(" ")).toContain("Llama 3.1 Community License");
  });

  it("estimates steps and time from the rendered data, with an overridable throughput", () => {
    const data = { rows: 60_000, tokens: 30_000_000 };
    const result = validateTrainJob(spec({}), { env: {}, dataStats: data });
    expect(result.estimate).toMatchObject({
      tokensPerEpoch: 30_000_000,
      stepsPerEpoch: 5000,
      tokensPerSecondPerGpu: assumedTokensPerSecond({ params: 1.35e9, method: "full" }),
      secondsPerEpoch: 1500,
      totalSeconds: 6000,
    });
    const measured = validateTrainJob(spec({ hardware: { gpus: 2 } }), {
      env: {},
      dataStats: data,
      tokensPerSecondPerGpu: 10_000,
    });
    expect(measured.estimate).toMatchObject({ stepsPerEpoch: 2500, secondsPerEpoch: 1500 });
    const tiny = validateTrainJob(spec({}), { env: {}, dataStats: { rows: 100, tokens: 1000 } });
    expect(codes(tiny.warnings)).toEqual(["warmup-too-long"]);
  });
});

describe("knownBaseModels", () => {
  it("holds the xLAM bases and the small instruct models, and finds local copies", () => {
    for (const id of [
      "deepseek-ai/deepseek-coder-1.3b-instruct",
      deepseek7b,
      "Qwen/Qwen2.5-0.5B-Instruct",
      "Qwen/Qwen2.5-1.5B-Instruct",
      "Qwen/Qwen2.5-7B-Instruct",
      "meta-llama/Llama-3.2-1B-Instruct",
      "meta-llama/Llama-3.2-3B-Instruct",
      "meta-llama/Llama-3.1-8B-Instruct",
    ]) {
      expect(knownBaseModels[id]).toBeDefined();
    }
    expect(findBaseModel("/mnt/models/qwen/qwen2.5-1.5b-instruct/")?.id).toBe("Qwen/Qwen2.5-1.5B-Instruct");
    expect(findBaseModel("my-org/other")).toBeUndefined();
  });
});
