import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseSpecInput } from "./__fixtures__/base-spec.js";
import { loadTrainJobSpec, parseTrainJobSpec } from "./load-train-job-spec.js";
import { TrainJobSpecError } from "./train-job-spec-error.js";
import { trainJobSpecSchema } from "./train-job-spec-schema.js";

describe("trainJobSpecSchema", () => {
  it("fills the defaults of the recipes on record", () => {
    const spec = trainJobSpecSchema.parse(baseSpecInput);
    expect(spec.data).toEqual({
      sources: [{ path: "runs/finance", weight: 1 }],
      maxLength: 2048,
      heldOut: 0.02,
      seed: 1,
    });
    expect(spec.optimizer).toEqual({
      learningRate: 5e-6,
      scheduler: "cosine",
      warmupSteps: 50,
      epochs: 4,
      perDeviceBatchSize: 6,
      gradientAccumulation: 2,
      weightDecay: 0.01,
      precision: "bf16",
      gradientCheckpointing: true,
      maxGradNorm: 1,
      logEverySteps: 10,
    });
    expect(spec.checkpoint).toEqual({ everySteps: 200, keep: 2 });
    expect(spec.hardware).toEqual({ gpus: 1, gpuMemoryGb: 80 });
    expect(spec.secrets).toEqual({});
  });

  it("takes the LoRA learning rate and adapter defaults when the method is LoRA, and keeps what is given", () => {
    const spec = trainJobSpecSchema.parse({
      ...baseSpecInput,
      method: { kind: "lora" },
      optimizer: { epochs: 2 },
    });
    expect(spec.method).toEqual({
      kind: "lora",
      r: 32,
      alpha: 64,
      dropout: 0.05,
      targets: ["q_proj", "k_proj", "v_proj", "o_proj"],
    });
    expect(spec.optimizer.learningRate).toBe(5e-5);
    expect(spec.optimizer.epochs).toBe(2);
    const explicit = trainJobSpecSchema.parse({
      ...baseSpecInput,
      method: { kind: "lora" },
      optimizer: { learningRate: 1e-4 },
    });
    expect(explicit.optimizer.learningRate).toBe(1e-4);
  });

  it("fills backend defaults", () => {
    const ssh = trainJobSpecSchema.parse({
      ...baseSpecInput,
      backend: { kind: "ssh", host: "gpu1", user: "me", remoteDir: "/data/jobs" },
    });
    expect(ssh.backend).toEqual({ kind: "ssh", host: "gpu1", port: 22, user: "me", remoteDir: "/data/jobs" });
    const hf = trainJobSpecSchema.parse({ ...baseSpecInput, backend: { kind: "hf-jobs", namespace: "me" } });
    expect(hf.backend).toMatchObject({
      kind: "hf-jobs",
      flavor: "a100-large",
      image: expect.stringContaining("pytorch"),
    });
    expect(trainJobSpecSchema.parse({ ...baseSpecInput, push: { repo: "me/model" } }).push).toEqual({
      repo: "me/model",
      private: true,
    });
  });

  it("rejects literal tokens and unknown secret fields, and token values in hfTokenEnv", () => {
    const literal = trainJobSpecSchema.safeParse({ ...baseSpecInput, secrets: { hfToken: "hf_abc" } });
    expect(literal.success).toBe(false);
    expect(literal.error?.issues[0]?.path).toEqual(["secrets", "hfToken"]);
    expect(literal.error?.issues[0]?.message).toMatch(/must not hold secrets/);
    const value = trainJobSpecSchema.safeParse({
      ...baseSpecInput,
      secrets: { hfTokenEnv: "hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345" },
    });
    expect(value.error?.issues[0]?.message).toMatch(/looks like a token/);
    const name = trainJobSpecSchema.parse({ ...baseSpecInput, secrets: { hfTokenEnv: "HF_TOKEN" } });
    expect(name.secrets).toEqual({ hfTokenEnv: "HF_TOKEN" });
  });

  it("is strict and lists every problem as path: message", () => {
    let caught: unknown;
    try {
      parseTrainJobSpec({
        ...baseSpecInput,
        runId: "Bad Id",
        data: { sources: [] },
        method: { kind: "qlora" },
        extra: 1,
      });
    } catch (error) {
      caught = error;
    }
    expect(TrainJobSpecError.isInstance(caught)).toBe(true);
    const { issues, message } = caught as TrainJobSpecError;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^runId: use 1 to 64/),
        "data.sources: name at least one data source",
        expect.stringMatching(/^method\.kind: /),
        expect.stringMatching(/^\(root\): Unrecognized key: "extra"/),
      ]),
    );
    expect(message).toContain("  data.sources: name at least one data source");
  });
});

describe("loadTrainJobSpec", () => {
  it("reads YAML and JSON files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "trainer-spec-"));
    const yamlPath = join(dir, "train.yaml");
    await writeFile(
      yamlPath,
      [
        "runId: qwen-lora",
        "baseModel: Qwen/Qwen2.5-1.5B-Instruct",
        "promptFormat: xlam-v2",
        "data:",
        "  sources:",
        "    - path: runs/a",
        "      weight: 2",
        "method: { kind: lora, r: 16 }",
        "backend: { kind: local }",
        "",
      ].join("\n"),
    );
    const fromYaml = await loadTrainJobSpec(yamlPath);
    expect(fromYaml.method).toMatchObject({ kind: "lora", r: 16 });
    expect(fromYaml.data.sources).toEqual([{ path: "runs/a", weight: 2 }]);
    const jsonPath = join(dir, "train.json");
    await writeFile(jsonPath, JSON.stringify(baseSpecInput));
    expect((await loadTrainJobSpec(jsonPath)).runId).toBe("xlam-1b");
  });

  it("names the file in errors", async () => {
    const dir = await mkdtemp(join(tmpdir(), "trainer-spec-"));
    const path = join(dir, "bad.yaml");
    await writeFile(path, "runId: x\nmethod: { kind: full }\n");
    await expect(loadTrainJobSpec(path)).rejects.toThrow(`Invalid training job spec ${path}:\n  baseModel:`);
    await expect(loadTrainJobSpec(join(dir, "missing.yaml"))).rejects.toThrow(/cannot read the file: ENOENT/);
    await writeFile(join(dir, "broken.json"), "{");
    await expect(loadTrainJobSpec(join(dir, "broken.json"))).rejects.toThrow(/Invalid JSON/);
  });
});
