import type { Example } from "@apigen/core";
import { type ApigenToolExecutor, createBuiltinSource, createToolExecutor } from "@apigen/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateExecutableExample } from "./evaluate-executable-example.js";
import { GroundTruthExecutionError } from "./ground-truth-execution-error.js";

let executor: ApigenToolExecutor;
beforeAll(() => {
  executor = createToolExecutor({ sources: [createBuiltinSource({ workers: 1 })] });
});
afterAll(async () => {
  await executor.close();
});

const loan = {
  name: "calculate_loan_payment",
  arguments: { principal: 200000, annual_interest_rate: 6, term_months: 360 },
};
const euros = {
  name: "convert_currency",
  arguments: { amount: 100, from_currency: "USD", to_currency: "EUR" },
};
const yen = {
  name: "convert_currency",
  arguments: { amount: 2500, from_currency: "GBP", to_currency: "JPY" },
};

/** A held-out row whose ground-truth results were recorded by running it through the same executor. */
async function recordedExample(answers: Example["answers"]): Promise<Example> {
  const executions = [];
  for (const [index, call] of answers.entries()) {
    const outcome = await executor.execute(call);
    if (outcome.status !== "ok") {
      throw new Error(`the fixture call ${call.name} failed: ${outcome.message}`);
    }
    executions.push({ call: index, name: call.name, status: "ok" as const, output: outcome.output });
  }
  return { id: "row-1", query: "q", tools: [], answers, style: "parallel", provenance: { executions } };
}

describe("evaluateExecutableExample against the built-in executor", () => {
  it("passes the same calls, and fails a call with other arguments as wrong_result", async () => {
    const example = await recordedExample([loan]);
    expect(await evaluateExecutableExample({ example, modelCalls: [loan], executor })).toEqual({
      valid: true,
      errorType: null,
      error: [],
    });
    const wrong = await evaluateExecutableExample({
      example,
      modelCalls: [{ ...loan, arguments: { ...loan.arguments, term_months: 240 } }],
      executor,
    });
    expect(wrong.errorType).toBe("executable_checker:wrong_result");
    expect(wrong.error[0]).toContain("calculate_loan_payment(principal=200000");
  });

  it("reports a call that fails when run as execution_error, and a wrong number of calls", async () => {
    const example = await recordedExample([euros]);
    const failing = await evaluateExecutableExample({
      example,
      modelCalls: [{ ...euros, arguments: { ...euros.arguments, to_currency: "XYZ" } }],
      executor,
    });
    expect(failing.errorType).toBe("executable_checker:execution_error");
    expect(failing.error[0]).toContain("unknown currency 'XYZ'");
    expect(
      (await evaluateExecutableExample({ example, modelCalls: [euros, euros], executor })).errorType,
    ).toBe("simple_exec_checker:wrong_count");
  });

  it("matches parallel calls in any order", async () => {
    const example = await recordedExample([euros, yen, loan]);
    expect(
      (await evaluateExecutableExample({ example, modelCalls: [loan, yen, euros], executor })).valid,
    ).toBe(true);
    const swapped = await evaluateExecutableExample({
      example,
      modelCalls: [loan, yen, { ...euros, arguments: { ...euros.arguments, amount: 101 } }],
      executor,
    });
    expect(swapped.errorType).toBe("executable_checker:cannot_find_match");
  });

  it("applies a rule per call: real-time values within tolerance pass, structure alone is enough elsewhere", async () => {
    const example = await recordedExample([euros, loan]);
    const verdict = await evaluateExecutableExample({
      example,
      modelCalls: [
        { ...euros, arguments: { ...euros.arguments, amount: 110 } },
        { ...loan, arguments: { ...loan.arguments, principal: 1000 } },
      ],
      executor,
      match: (call) => (call.name === "convert_currency" ? "real_time_match" : "structural_match"),
    });
    expect(verdict).toEqual({ valid: true, errorType: null, error: [] });
  });

  it("runs the ground truth again on request, and says when no result is recorded", async () => {
    const example: Example = { id: "row-2", query: "q", tools: [], answers: [loan], style: "simple" };
    await expect(evaluateExecutableExample({ example, modelCalls: [loan], executor })).rejects.toSatisfy(
      (error) => GroundTruthExecutionError.isInstance(error) && error.message.includes("rerunGroundTruth"),
    );
    expect(
      (await evaluateExecutableExample({ example, modelCalls: [loan], executor, rerunGroundTruth: true }))
        .valid,
    ).toBe(true);
  });

  it("passes a no-call row only when the model makes no call", async () => {
    const example: Example = { query: "q", tools: [], answers: [], style: "no_call" };
    expect((await evaluateExecutableExample({ example, modelCalls: [], executor })).valid).toBe(true);
    expect((await evaluateExecutableExample({ example, modelCalls: [loan], executor })).errorType).toBe(
      "executable_checker:wrong_count",
    );
  });
});
