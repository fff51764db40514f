import { describe, expect, it } from "vitest";
import { type RunConfigInput, runConfigSchema } from "./run-config.js";

const minimal: RunConfigInput = {
  target: { byStyle: { simple: 10 } },
  tools: { builtin: {} },
  generator: { model: { provider: "openai-compatible", model: "gpt-4o-mini", apiKeyEnv: "OPENAI_API_KEY" } },
};

function issuesOf(input: unknown) {
  const result = runConfigSchema.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

describe("runConfigSchema", () => {
  it("fills every default", () => {
    const config = runConfigSchema.parse(minimal);
    expect(config).toEqual({
      seed: 1,
      target: { byStyle: { simple: 10 } },
      tools: { builtin: {}, modules: [], openapi: [], mcp: [] },
      generator: {
        model: { provider: "openai-compatible", model: "gpt-4o-mini", apiKeyEnv: "OPENAI_API_KEY" },
        pairsPerPrompt: 3,
        withThought: false,
        temperature: 0.7,
        maxTokens: 2048,
      },
      judge: { enabled: true, committee: [], grounding: true },
      sampling: {
        toolsPerPrompt: { min: 2, max: 5 },
        examplesPerPrompt: { min: 1, max: 3 },
        callsPerAnswer: { min: 2, max: 4 },
        crossCategory: false,
      },
      seedPool: { files: [], maxPerTool: 3, maxSize: 500 },
      stages: { timeoutMs: 10_000, maxResultChars: 2000, failOnEmptyResult: false, failOnErrorPayload: true },
      dedup: { enabled: true, nearDuplicateThreshold: 0.85 },
      concurrency: 16,
    });
  });

  it("fills the defaults inside a partly written section", () => {
    const config = runConfigSchema.parse({
      ...minimal,
      tools: { mcp: [{ command: "npx" }] },
      sampling: { toolsPerPrompt: { min: 1, max: 1 } },
    });
    expect(config.tools.mcp).toEqual([{ command: "npx", args: [] }]);
    expect(config.sampling.toolsPerPrompt).toEqual({ min: 1, max: 1 });
    expect(config.sampling.examplesPerPrompt).toEqual({ min: 1, max: 3 });
  });

  it("rejects unknown keys at any depth, naming the path", () => {
    expect(issuesOf({ ...minimal, concurency: 4 })).toEqual([
      { path: "", message: 'Unrecognized key: "concurency"' },
    ]);
    expect(issuesOf({ ...minimal, stages: { timeout: 5 } })).toEqual([
      { path: "stages", message: 'Unrecognized key: "timeout"' },
    ]);
    expect(issuesOf({ ...minimal, target: { byStyle: { simple: 1, paralel: 2 } } })).toEqual([
      { path: "target.byStyle", message: 'Unrecognized key: "paralel"' },
    ]);
  });

  it("rejects an API key in any model, saying where it belongs", () => {
    const model = { provider: "openai-compatible", model: "m", apiKey: "sk-secret" };
    for (const input of [
      { ...minimal, generator: { model } },
      { ...minimal, judge: { committee: [model] } },
      { ...minimal, judge: { model: { provider: "huggingface", model: "m", token: "hf_secret" } } },
    ]) {
      const [issue] = issuesOf(input);
      expect(issue?.message).toContain("put the key in an environment variable and name it in apiKeyEnv");
      expect(issue?.message).not.toMatch(/sk-secret|hf_secret/);
    }
  });

  it("rejects invalid ranges and values", () => {
    expect(
      issuesOf({
        ...minimal,
        sampling: { toolsPerPrompt: { min: 5, max: 2 }, examplesPerPrompt: { min: -1, max: 2 } },
        dedup: { nearDuplicateThreshold: 0 },
        concurrency: 0,
      }).map((issue) => issue.path),
    ).toEqual([
      "sampling.toolsPerPrompt.min",
      "sampling.examplesPerPrompt.min",
      "dedup.nearDuplicateThreshold",
      "concurrency",
    ]);
  });

  it("needs a positive target and a tool source", () => {
    expect(issuesOf({ ...minimal, target: { byStyle: { simple: 0 } }, tools: {} })).toEqual([
      { path: "target.byStyle", message: "ask for at least one row of some style" },
      { path: "tools", message: "name at least one tool source (builtin, modules, openapi or mcp)" },
    ]);
  });

  it("accepts a full model reference", () => {
    const model = {
      provider: "huggingface",
      model: "meta-llama/Llama-3.1-8B-Instruct",
      baseUrl: "https://router.huggingface.co/v1",
      apiKeyEnv: "HF_TOKEN",
      temperature: 0.2,
      maxTokens: 512,
      concurrency: 4,
      requestsPerMinute: 60,
      tokensPerMinute: 100_000,
      price: { inputPerMillion: 0.1, outputPerMillion: 0.2 },
    } as const;
    expect(runConfigSchema.parse({ ...minimal, judge: { model } }).judge.model).toEqual(model);
    expect(issuesOf({ ...minimal, judge: { model: { ...model, apiKeyEnv: "sk-abc def" } } })[0]?.path).toBe(
      "judge.model.apiKeyEnv",
    );
  });
});
