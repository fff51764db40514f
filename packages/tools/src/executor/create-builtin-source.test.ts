import { JsonFloat, stringifyJson } from "@apigen/core";
import { afterAll, describe, expect, it } from "vitest";
import { builtinTools } from "../builtin/builtin-tools.js";
import { misbehavingTools } from "./__fixtures__/misbehaving-tools.js";
import { createBuiltinSource } from "./create-builtin-source.js";
import { createToolExecutor } from "./create-tool-executor.js";

const registry = {
  url: new URL("./__fixtures__/misbehaving-tools.ts", import.meta.url),
  exportName: "misbehavingTools",
};

describe("createBuiltinSource (worker isolation)", { timeout: 30_000 }, () => {
  const source = createBuiltinSource({
    tools: misbehavingTools,
    registry,
    workers: 1,
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  });
  const executor = createToolExecutor({ sources: [source], timeoutMs: 15_000 });
  afterAll(() => executor.close());

  it("runs a call on a worker", async () => {
    expect(await executor.execute({ name: "echo_text", arguments: { text: "hi" } })).toMatchObject({
      status: "ok",
      output: "hi",
      resultBytes: 4,
    });
  });

  it("terminates a hanging tool, answers timeout and keeps serving", async () => {
    const outcome = await executor.execute({ name: "hang_forever", arguments: {} }, { timeoutMs: 300 });
    expect(outcome).toMatchObject({ status: "timeout", message: "The tool did not answer within 300 ms" });
    expect(await executor.execute({ name: "echo_text", arguments: { text: "again" } })).toMatchObject({
      status: "ok",
      output: "again",
    });
  });

  it("contains a runaway allocation as memory_limit and keeps serving", async () => {
    const outcome = await executor.execute(
      { name: "allocate_forever", arguments: {} },
      { timeoutMs: 20_000 },
    );
    expect(outcome.status).toBe("memory_limit");
    expect(await executor.execute({ name: "echo_text", arguments: { text: "alive" } })).toMatchObject({
      status: "ok",
      output: "alive",
    });
  });

  it("classifies thrown errors and keeps float marks and seeded randomness", async () => {
    expect(await executor.execute({ name: "throw_error", arguments: {} })).toMatchObject({
      status: "tool_error",
      message: "the service is down",
    });
    expect(await executor.execute({ name: "reject_arguments", arguments: {} })).toMatchObject({
      status: "invalid_arguments",
      message: "start must be before end",
    });
    const first = await executor.execute({ name: "large_answer", arguments: { size: 2 } });
    const again = await executor.execute({ name: "large_answer", arguments: { size: 2 } });
    expect(first.status === "ok" && stringifyJson(first.output)).toMatch(/"ratio":5\.0/);
    expect(first.status === "ok" && again.status === "ok" && first.output).toEqual(
      again.status === "ok" && again.output,
    );
  });

  it("gives the same seeded answer in-process and on a worker", async () => {
    const inProcess = createToolExecutor({
      sources: [createBuiltinSource({ tools: misbehavingTools, isolation: "in-process" })],
    });
    const onWorker = await executor.execute({ name: "large_answer", arguments: { size: 1 } });
    const local = await inProcess.execute({ name: "large_answer", arguments: { size: 1 } });
    expect(local.status === "ok" && local.output).toEqual(onWorker.status === "ok" && onWorker.output);
    expect(local.status === "ok" && JsonFloat.isInstance((local.output as { ratio: unknown }).ratio)).toBe(
      true,
    );
  });

  it("spreads concurrent calls over the workers", async () => {
    const pool = createToolExecutor({
      sources: [createBuiltinSource({ tools: misbehavingTools, registry, workers: 2 })],
      timeoutMs: 15_000,
    });
    try {
      const texts = ["a", "b", "c", "d", "e"];
      const outcomes = await Promise.all(
        texts.map((text) => pool.execute({ name: "echo_text", arguments: { text } })),
      );
      expect(outcomes.map((outcome) => outcome.status === "ok" && outcome.output)).toEqual(texts);
    } finally {
      await pool.close();
    }
  });

  it("answers an aborted call as timeout", async () => {
    const controller = new AbortController();
    const running = executor.execute(
      { name: "hang_forever", arguments: {} },
      { abortSignal: controller.signal },
    );
    setTimeout(() => controller.abort(), 100);
    expect(await running).toMatchObject({ status: "timeout", message: "The call was aborted" });
  });
});

describe("createBuiltinSource (the built-in registry)", () => {
  it("loads tools by name from the package's registry in a worker", async () => {
    const tools = builtinTools.filter((tool) => tool.tool.name === "solve_quadratic");
    const executor = createToolExecutor({ sources: [createBuiltinSource({ tools, workers: 1 })] });
    try {
      expect(
        await executor.execute({ name: "solve_quadratic", arguments: { a: 1, b: -3, c: 2 } }),
      ).toMatchObject({
        status: "ok",
        output: { discriminant: 1, roots: [1, 2] },
      });
      expect(
        await executor.execute({ name: "solve_quadratic", arguments: { a: 0, b: 2, c: 1 } }),
      ).toMatchObject({
        status: "invalid_arguments",
      });
    } finally {
      await executor.close();
    }
  }, 30_000);
});
