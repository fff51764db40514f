import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createJsonlWriter,
  isJsonObject,
  readJsonl,
  readRunExamples,
  runConfigSchema,
  stringifyJson,
} from "@apigen/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scriptedGenerator, scriptedToolNames } from "../testing/index.js";
import { runGeneration } from "./run-generation.js";

const targets = { simple: 2, parallel: 2, no_call: 1 };

/** Plays the batch service: answers every request line written so far with the scripted model. */
async function answerBatch(requestsDir: string, runDir: string, out: string): Promise<number> {
  const script = scriptedGenerator(runDir);
  const writer = await createJsonlWriter(out);
  for (const file of await readdir(requestsDir)) {
    for await (const { value } of readJsonl(join(requestsDir, file))) {
      if (!isJsonObject(value) || typeof value.custom_id !== "string") {
        throw new Error(`not a batch request line: ${file}`);
      }
      const step = script({ body: value.body });
      const text = "text" in step ? step.text : "json" in step ? stringifyJson(step.json) : "";
      await writer.write({
        id: `batch_req_${value.custom_id}`,
        custom_id: value.custom_id,
        response: {
          status_code: 200,
          request_id: value.custom_id,
          body: {
            id: `chatcmpl-${value.custom_id}`,
            object: "chat.completion",
            model: "test-model",
            choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
            usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
          },
        },
        error: null,
      });
    }
  }
  await writer.close();
  return writer.count;
}

describe("runGeneration in batch mode", { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "apigen-batch-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes each round's requests, reads the results back, and completes after a few rounds", async () => {
    const runDir = join(dir, "run");
    const requestsDir = join(dir, "requests");
    const config = runConfigSchema.parse({
      seed: 5,
      target: { byStyle: targets },
      tools: { builtin: { names: [...scriptedToolNames] } },
      generator: { model: { provider: "openai-compatible", model: "test-model" } },
      concurrency: 4,
    });
    const first = await runGeneration({
      config,
      runDir,
      env: {},
      batch: { requestsDir },
    });
    expect(first.reason).toBe("batch");
    expect(first.progress.prompts.waiting).toBeGreaterThan(0);
    expect(first.progress.accepted).toBe(0);

    const results: string[] = [];
    let last = first;
    for (let round = 1; round <= 8 && last.reason === "batch"; round++) {
      const out = join(dir, `results-${round}.jsonl`);
      expect(await answerBatch(requestsDir, runDir, out)).toBeGreaterThan(0);
      results.push(out);
      last = await runGeneration({ config, runDir, env: {}, batch: { requestsDir, results } });
    }
    expect(last.reason).toBe("completed");
    expect(results.length).toBeGreaterThanOrEqual(2);
    const styles: Record<string, number> = {};
    for await (const row of readRunExamples(runDir)) {
      styles[row.style] = (styles[row.style] ?? 0) + 1;
    }
    expect(styles).toEqual(targets);
    expect((await readdir(requestsDir)).sort()).toEqual(["generator.jsonl", "judge.jsonl"]);
  });
});
