import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConfigSchema } from "@apigen/core";
import { defaultLlamaCppModelUri } from "@apigen/llm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultModelRef } from "./default-model-ref.js";
import { describeRunConfig } from "./describe-run-config.js";
import { loadRunConfig } from "./load-run-config.js";
import { parseModelString } from "./parse-model-string.js";
import { RunConfigError } from "./run-config-error.js";
import { runConfigJsonSchema } from "./run-config-json-schema.js";
import { spreadCount } from "./spread-count.js";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-config-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const noEnv = {};
const yamlConfig = `
seed: 7
target:
  byStyle: { simple: 30, parallel: 10 }
tools:
  builtin: { categories: [Finance] }
  modules:
    - path: tools/weather.py
  openapi:
    - spec: https://example.com/openapi.json
    - spec: specs/pets.yaml
      category: Pets
seedPool:
  files: [seeds.jsonl]
`;

async function rejection(promise: Promise<unknown>): Promise<RunConfigError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!RunConfigError.isInstance(error)) {
    throw new Error(`expected a RunConfigError, got ${String(error)}`);
  }
  return error;
}

describe("loadRunConfig", () => {
  it("reads YAML, resolves paths against the file's folder and fills the model from the environment", async () => {
    const path = join(folder, "apigen.yaml");
    await writeFile(path, yamlConfig);
    const config = await loadRunConfig({ path, env: { HF_TOKEN: "hf_secret" } });
    expect(config.seed).toBe(7);
    expect(config.tools.modules).toEqual([{ path: join(folder, "tools/weather.py") }]);
    expect(config.tools.openapi).toEqual([
      { spec: "https://example.com/openapi.json" },
      { spec: join(folder, "specs/pets.yaml"), category: "Pets" },
    ]);
    expect(config.seedPool.files).toEqual([join(folder, "seeds.jsonl")]);
    expect(config.generator.model).toEqual({
      provider: "huggingface",
      model: "meta-llama/Llama-3.1-8B-Instruct",
      apiKeyEnv: "HF_TOKEN",
    });
    expect(JSON.stringify(config)).not.toContain("hf_secret");
  });

  it("reads JSON and applies overrides", async () => {
    const path = join(folder, "apigen.json");
    await writeFile(path, '{"target": {"byStyle": {"simple": 3, "parallel": 1}}, "tools": {"builtin": {}}}');
    const config = await loadRunConfig({
      path,
      env: noEnv,
      cwd: "/work",
      overrides: {
        count: 10,
        model: "openai:gpt-4o-mini",
        judgeModel: "llama-cpp:/models/judge.gguf",
        tools: ["builtin:math,finance", "./my-tools.ts", "api.yaml", "mcp:npx -y server-memory"],
        seed: 3,
        concurrency: 2,
      },
    });
    expect(config.target.byStyle).toEqual({ simple: 8, parallel: 2 });
    expect(config.generator.model).toEqual({ provider: "openai-compatible", model: "gpt-4o-mini" });
    expect(config.judge.model).toEqual({ provider: "llama-cpp", model: "/models/judge.gguf" });
    expect(config.tools).toEqual({
      builtin: { categories: ["math", "finance"] },
      modules: [{ path: "/work/my-tools.ts" }],
      openapi: [{ spec: "/work/api.yaml" }],
      mcp: [{ command: "npx", args: ["-y", "server-memory"] }],
    });
    expect([config.seed, config.concurrency]).toEqual([3, 2]);
  });

  it("spreads a count over the default mix when the config sets no target", async () => {
    const config = await loadRunConfig({
      input: { tools: { builtin: {} } },
      overrides: { count: 100 },
      env: noEnv,
    });
    expect(config.target.byStyle).toEqual({
      simple: 30,
      multiple: 20,
      parallel: 20,
      parallel_multiple: 20,
      no_call: 5,
      missing_argument: 5,
    });
    expect(config.generator.model).toEqual({ provider: "llama-cpp", model: defaultLlamaCppModelUri });
  });

  it("lists every problem with its path and the file", async () => {
    const path = join(folder, "broken.yaml");
    await writeFile(
      path,
      [
        "target: { byStyle: { simple: -1 } }",
        "tools: {}",
        "generator:",
        "  model: { provider: openai-compatible, model: gpt-4o, apiKey: sk-live-123 }",
        "  pairsPerPrompt: 0",
        "samplng: {}",
        "sampling: { toolsPerPrompt: { min: 4, max: 2 } }",
      ].join("\n"),
    );
    const error = await rejection(loadRunConfig({ path, env: noEnv, overrides: { model: "gpt-4o" } }));
    expect(error.file).toBe(path);
    expect(error.message).toContain(`Invalid run config in ${path}`);
    expect(error.problems.map((problem) => problem.path)).toEqual([
      "generator.model",
      "target.byStyle.simple",
      "target.byStyle",
      "tools",
      "generator.model.apiKey",
      "generator.pairsPerPrompt",
      "sampling.toolsPerPrompt.min",
      "samplng",
    ]);
    expect(error.message).toContain("generator.model.apiKey: API keys never go in a config");
    expect(error.message).toContain("samplng: unknown setting");
    expect(error.message).toContain("generator.model: Cannot read the model");
    expect(error.message).not.toContain("sk-live-123");
  });

  it("says when the file is missing, malformed or of an unknown kind", async () => {
    const missing = await rejection(loadRunConfig({ path: join(folder, "nope.yaml") }));
    expect(missing.message).toContain("the file does not exist");
    const bad = join(folder, "bad.json");
    await writeFile(bad, '{"seed": 1,');
    expect((await rejection(loadRunConfig({ path: bad }))).message).toContain("not valid JSON");
    const toml = join(folder, "apigen.toml");
    await writeFile(toml, "seed = 1");
    expect((await rejection(loadRunConfig({ path: toml }))).message).toContain('unknown extension ".toml"');
  });
});

describe("defaultModelRef and parseModelString", () => {
  it("picks the provider from the environment", () => {
    expect(defaultModelRef({ OPENAI_API_KEY: "sk", OPENAI_MODEL: "gpt-4.1" })).toEqual({
      provider: "openai-compatible",
      model: "gpt-4.1",
      apiKeyEnv: "OPENAI_API_KEY",
    });
    expect(defaultModelRef({ OPENAI_BASE_URL: "http://127.0.0.1:8000/v1" })).toEqual({
      provider: "openai-compatible",
      model: "gpt-4o-mini",
      baseUrl: "http://127.0.0.1:8000/v1",
    });
    expect(defaultModelRef({ HF_TOKEN: "hf", HF_MODEL: "Qwen/Qwen2.5-7B-Instruct" }).model).toBe(
      "Qwen/Qwen2.5-7B-Instruct",
    );
    expect(defaultModelRef({}).provider).toBe("llama-cpp");
  });

  it("reads model strings", () => {
    expect(parseModelString("hf:meta-llama/Llama-3.1-8B-Instruct")).toEqual({
      provider: "huggingface",
      model: "meta-llama/Llama-3.1-8B-Instruct",
      apiKeyEnv: "HF_TOKEN",
    });
    expect(parseModelString("models/qwen.Q4.gguf")).toEqual({
      provider: "llama-cpp",
      model: "models/qwen.Q4.gguf",
    });
    expect(parseModelString("llama-cpp:hf:Qwen/X-GGUF:Q4_K_M").model).toBe("hf:Qwen/X-GGUF:Q4_K_M");
    expect(() => parseModelString("gpt-4o")).toThrow(/openai:MODEL, hf:ORG\/MODEL/);
  });

  it("spreads counts by largest remainder", () => {
    expect(spreadCount({ count: 10, weights: { simple: 1, parallel: 1, no_call: 1 } })).toEqual({
      simple: 4,
      parallel: 3,
      no_call: 3,
    });
    expect(spreadCount({ count: 7 })).toEqual({
      simple: 2,
      multiple: 2,
      parallel: 2,
      parallel_multiple: 1,
      no_call: 0,
      missing_argument: 0,
    });
  });
});

describe("runConfigJsonSchema and describeRunConfig", () => {
  it("describes the input, with the generator's model optional", () => {
    const schema = runConfigJsonSchema() as {
      required?: string[];
      additionalProperties?: unknown;
      properties: { generator: { required?: string[] }; seed: { default?: unknown } };
    };
    expect(schema.required).toEqual(["target", "tools"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.generator.required ?? []).not.toContain("model");
    expect(schema.properties.seed.default).toBe(1);
  });

  it("flattens the settings without secrets", () => {
    const config = runConfigSchema.parse({
      target: { byStyle: { simple: 1 } },
      tools: { builtin: {} },
      generator: {
        model: {
          provider: "openai-compatible",
          model: "m",
          baseUrl: "https://x.test/v1",
          apiKeyEnv: "MY_KEY",
        },
      },
      sampling: { toolsPerPrompt: { min: 3, max: 3 } },
    });
    const settings = describeRunConfig(config);
    expect(settings).toMatchObject({
      "sampling.toolsPerPrompt": "3",
      "sampling.examplesPerPrompt": "1-3",
      "sampling.callsPerAnswer": "2-4",
      "generator.pairsPerPrompt": 3,
      "dedup.nearDuplicateThreshold": 0.85,
      "stages.timeoutMs": 10_000,
      "seedPool.maxSize": 500,
      concurrency: 16,
    });
    expect(JSON.stringify(settings)).not.toMatch(/MY_KEY|x\.test/);
  });
});
