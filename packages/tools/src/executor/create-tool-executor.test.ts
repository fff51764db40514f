import type { ExecutionOutcome, Tool, ToolCall } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { misbehavingTools } from "./__fixtures__/misbehaving-tools.js";
import { createBuiltinSource } from "./create-builtin-source.js";
import { createToolExecutor } from "./create-tool-executor.js";
import type { ToolSource } from "./tool-source.js";
import { ToolSourceError } from "./tool-source-error.js";

function recordingSource(name: string, tools: Tool[], answer: (call: ToolCall) => Promise<ExecutionOutcome>) {
  const calls: ToolCall[] = [];
  let closed = false;
  const source: ToolSource = {
    name,
    listTools: async () => tools,
    call: async (call) => {
      calls.push(call);
      return answer(call);
    },
    close: async () => {
      closed = true;
    },
  };
  return { source, calls, closed: () => closed };
}

const addTool: Tool = {
  name: "add_numbers",
  description: "Add two numbers.",
  parameters: {
    type: "object",
    properties: { a: { type: "number" }, b: { type: "number" } },
    required: ["a", "b"],
    additionalProperties: false,
  },
};

describe("createToolExecutor", () => {
  const inProcess = () => createBuiltinSource({ tools: misbehavingTools, isolation: "in-process" });

  it("names close tools for an unknown name", async () => {
    const executor = createToolExecutor({ sources: [inProcess()] });
    expect(await executor.execute({ name: "echo_txt", arguments: {} })).toMatchObject({
      status: "unknown_tool",
      message: "No tool named 'echo_txt'; did you mean 'echo_text'?",
    });
    expect(await executor.execute({ name: "zzz", arguments: {} })).toMatchObject({
      status: "unknown_tool",
      message: "No tool named 'zzz'",
    });
  });

  it("validates arguments before the source sees them", async () => {
    const recorded = recordingSource("numbers", [addTool], async () => ({
      status: "ok",
      output: 3,
      durationMs: 0,
    }));
    const executor = createToolExecutor({ sources: [recorded.source] });
    expect(await executor.execute({ name: "add_numbers", arguments: { a: 1 } })).toMatchObject({
      status: "invalid_arguments",
      message: "missing required argument 'b'",
    });
    expect(await executor.execute({ name: "add_numbers", arguments: { a: 1, b: "2" } })).toMatchObject({
      status: "invalid_arguments",
      message: "$.b must be number",
    });
    expect(recorded.calls).toEqual([]);
    expect(await executor.execute({ name: "add_numbers", arguments: { a: 1, b: 2 } })).toMatchObject({
      status: "ok",
      output: 3,
      resultBytes: 1,
    });
    expect(recorded.calls).toEqual([{ name: "add_numbers", arguments: { a: 1, b: 2 } }]);
  });

  it("truncates results over maxResultBytes and reports their size", async () => {
    const executor = createToolExecutor({ sources: [inProcess()], maxResultBytes: 50 });
    const small = await executor.execute({ name: "echo_text", arguments: { text: "short" } });
    expect(small).toMatchObject({ status: "ok", output: "short", resultBytes: 7 });
    expect(small).not.toHaveProperty("truncated");
    const large = await executor.execute({ name: "large_answer", arguments: { size: 1_000 } });
    expect(large).toMatchObject({ status: "ok", truncated: true });
    expect(large.resultBytes).toBeGreaterThan(1_000);
    expect(large.status === "ok" && typeof large.output === "string" && large.output.length).toBe(50);
  });

  it("turns a throwing source into a crashed outcome and a silent one into a timeout", async () => {
    const throwing = recordingSource("throwing", [addTool], async () => {
      throw new Error("socket closed");
    });
    const silent = recordingSource(
      "silent",
      [{ ...addTool, name: "never" }],
      () => new Promise(() => undefined),
    );
    const executor = createToolExecutor({ sources: [throwing.source, silent.source], timeoutMs: 50 });
    expect(await executor.execute({ name: "add_numbers", arguments: { a: 1, b: 2 } })).toMatchObject({
      status: "crashed",
      message: "The tool source failed: socket closed",
    });
    expect(await executor.execute({ name: "never", arguments: { a: 1, b: 2 } })).toMatchObject({
      status: "timeout",
    });
    await executor.close();
    expect(throwing.closed() && silent.closed()).toBe(true);
  });

  it("reports tool names that clash across sources", async () => {
    const first = recordingSource("first", [addTool], async () => ({
      status: "ok",
      output: 1,
      durationMs: 0,
    }));
    const second = recordingSource("second", [addTool], async () => ({
      status: "ok",
      output: 2,
      durationMs: 0,
    }));
    const executor = createToolExecutor({ sources: [first.source, second.source] });
    const listing = executor.listTools();
    await expect(listing).rejects.toThrow("tool names clash across sources: add_numbers (first, second)");
    await expect(listing).rejects.toSatisfy(ToolSourceError.isInstance);
    expect(() => createToolExecutor({ sources: [first.source, first.source] })).toThrow(
      "Tool source names must be unique; repeated: first",
    );
  });

  it("lists the tools of every source", async () => {
    const recorded = recordingSource("numbers", [addTool], async () => ({
      status: "ok",
      output: 3,
      durationMs: 0,
    }));
    const executor = createToolExecutor({ sources: [inProcess(), recorded.source] });
    const names = (await executor.listTools()).map((tool) => tool.name);
    expect(names).toContain("echo_text");
    expect(names).toContain("add_numbers");
    expect(executor.protection).toBeUndefined();
  });
});
