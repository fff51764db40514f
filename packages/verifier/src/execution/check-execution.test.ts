import { JsonFloat, type Tool } from "@apigen/core";
import { createBuiltinSource, createToolExecutor, type ToolSource } from "@apigen/tools";
import { afterAll, describe, expect, it } from "vitest";
import { checkExecution } from "./check-execution.js";

const lookupTool: Tool = {
  name: "lookup_order",
  description: "Find an order.",
  parameters: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"] },
};
const orders: ToolSource = {
  name: "orders",
  listTools: async () => [lookupTool],
  call: async (call) => {
    const id = String(call.arguments.order_id);
    const output =
      id === "missing"
        ? { error: "no such order" }
        : id === "empty"
          ? []
          : id === "http"
            ? { status: 404 }
            : { id, total: new JsonFloat(20) };
    return { status: "ok", output, durationMs: 1 };
  },
  close: async () => {},
};
const executor = createToolExecutor({ sources: [createBuiltinSource({ isolation: "in-process" }), orders] });
afterAll(() => executor.close());

describe("the execution stage", () => {
  it("passes when every call succeeds and keeps each result, float marks included", async () => {
    const { verdict, records } = await checkExecution({
      executor,
      candidate: {
        query: "q",
        answers: [
          { name: "solve_quadratic", arguments: { a: 1, b: -3, c: 2 } },
          { name: "lookup_order", arguments: { order_id: "A1" } },
        ],
      },
    });
    expect(verdict).toEqual({ stage: "execution", pass: true, reason: "ok" });
    expect(records.map(({ durationMs: _durationMs, ...record }) => record)).toEqual([
      { call: 0, name: "solve_quadratic", status: "ok", output: { discriminant: 1, roots: [1, 2] } },
      { call: 1, name: "lookup_order", status: "ok", output: { id: "A1", total: new JsonFloat(20) } },
    ]);
  });

  it("fails with the outcome class of the first failing call, and still records every call", async () => {
    const { verdict, records } = await checkExecution({
      executor,
      candidate: {
        query: "q",
        answers: [
          { name: "solve_quadratic", arguments: { a: 1, b: 2, c: 1 } },
          { name: "solve_quadratic", arguments: { a: 0, b: 2, c: 1 } },
          { name: "no_such_tool", arguments: {} },
        ],
      },
    });
    expect(verdict).toMatchObject({ pass: false, reason: "invalid_arguments", path: "$.answers[1]" });
    expect(verdict.detail).toMatch(/a must not be 0/);
    expect(records.map((record) => record.status)).toEqual(["ok", "invalid_arguments", "unknown_tool"]);
  });

  it("treats error-shaped and, when asked, empty results as failures", async () => {
    const run = (orderId: string, failOnEmptyResult = false) =>
      checkExecution({
        executor,
        failOnEmptyResult,
        candidate: { query: "q", answers: [{ name: "lookup_order", arguments: { order_id: orderId } }] },
      });
    expect((await run("missing")).verdict).toMatchObject({ pass: false, reason: "error_payload" });
    expect((await run("http")).verdict).toMatchObject({ pass: false, reason: "error_payload" });
    expect((await run("empty")).verdict.pass).toBe(true);
    expect((await run("empty", true)).verdict).toMatchObject({ pass: false, reason: "empty_result" });
  });

  it("cuts long results to the configured size and marks them", async () => {
    const { records } = await checkExecution({
      executor,
      maxResultChars: 10,
      candidate: {
        query: "q",
        answers: [{ name: "lookup_order", arguments: { order_id: "A-very-long-order-id" } }],
      },
    });
    expect(records[0]).toMatchObject({ output: '{"id":"A-v', truncated: true });
  });
});
