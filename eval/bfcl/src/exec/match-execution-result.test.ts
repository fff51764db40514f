import { JsonFloat } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { checkExecutedCalls } from "./check-executed-calls.js";
import { matchExecutionResult } from "./match-execution-result.js";

const ok = (output: unknown) => ({ status: "ok" as const, output: output as never, durationMs: 1 });
const call = (name: string) => ({ name, arguments: {} });

describe("matchExecutionResult", () => {
  it("exact_match compares as Python's ==: 5 equals 5.0, key order is free, list order is not", () => {
    expect(matchExecutionResult({ actual: 5, expected: new JsonFloat(5) }).valid).toBe(true);
    expect(matchExecutionResult({ actual: { a: 1, b: [1, 2] }, expected: { b: [1, 2], a: 1 } }).valid).toBe(
      true,
    );
    const wrong = matchExecutionResult({ actual: { b: [2, 1] }, expected: { b: [1, 2] }, call: "f()" });
    expect(wrong).toEqual({
      valid: false,
      errorType: "executable_checker:wrong_result",
      error: ['Wrong execution result for f(): expected {"b":[1,2]}, got {"b":[2,1]}.'],
    });
  });

  it("structural_match wants the same types and keys at every depth, and lists of the same length", () => {
    const match = "structural_match" as const;
    const expected = { city: "Paris", temps: [{ at: "09:00", c: 11.5 }] };
    expect(
      matchExecutionResult({ actual: { city: "Rome", temps: [{ at: "10:00", c: 20 }] }, expected, match })
        .valid,
    ).toBe(true);
    const errorType = (actual: unknown) =>
      matchExecutionResult({ actual: actual as never, expected, match }).errorType;
    expect(errorType({ city: "Rome", temps: [] })).toBe("executable_checker:wrong_result_type:list_length");
    expect(errorType({ city: "Rome" })).toBe("executable_checker:wrong_result_type:dict_key_not_found");
    expect(errorType({ ...expected, extra: 1 })).toBe("executable_checker:wrong_result_type:dict_extra_key");
    expect(errorType({ city: 3, temps: [] })).toBe("executable_checker:wrong_result_type");
    expect(errorType({ city: "Rome", temps: [{ at: "10:00", c: "warm" }] })).toBe(
      "executable_checker:wrong_result_type",
    );
    expect(errorType([expected])).toBe("executable_checker:wrong_result_type");
  });

  it("real_time_match accepts numbers within 20% (or the given tolerance) and wants other leaves equal", () => {
    const expected = { rate: 0.92, converted_amount: 92, to_currency: "EUR" };
    const check = (actual: unknown, tolerance?: number) =>
      matchExecutionResult({
        actual: actual as never,
        expected,
        match: tolerance === undefined ? "real_time_match" : { type: "real_time_match", tolerance },
      });
    expect(check({ rate: 1.1, converted_amount: 75, to_currency: "EUR" }).valid).toBe(true);
    expect(check({ rate: 1.11, converted_amount: 92, to_currency: "EUR" }).errorType).toBe(
      "executable_checker:wrong_result_real_time",
    );
    expect(check({ rate: 0.92, converted_amount: 92, to_currency: "USD" }).errorType).toBe(
      "executable_checker:wrong_result_real_time",
    );
    expect(check({ rate: 0.95, converted_amount: 92, to_currency: "EUR" }, 0.01).valid).toBe(false);
    expect(matchExecutionResult({ actual: -110, expected: -100, match: "real_time_match" }).valid).toBe(true);
  });

  it("a custom rule decides for its function", () => {
    const match = {
      type: "custom" as const,
      check: (actual: unknown) =>
        typeof actual === "string" && actual.length === 36 ? undefined : "not a uuid",
    };
    expect(matchExecutionResult({ actual: "0".repeat(36), expected: "x", match }).valid).toBe(true);
    expect(matchExecutionResult({ actual: "0", expected: "x", match }).error[0]).toContain("not a uuid");
  });
});

describe("checkExecutedCalls", () => {
  const expected = [
    { call: call("a"), output: 1, match: "exact_match" as const },
    { call: call("b"), output: 2, match: "exact_match" as const },
  ];

  it("matches parallel results in any order, and counts", () => {
    const executed = [
      { call: call("b"), outcome: ok(2) },
      { call: call("a"), outcome: ok(1) },
    ];
    expect(checkExecutedCalls({ executed, expected, parallel: true }).valid).toBe(true);
    expect(checkExecutedCalls({ executed: executed.slice(1), expected, parallel: true }).errorType).toBe(
      "value_error:exec_result_count",
    );
    const wrong = checkExecutedCalls({
      executed: [executed[1], { call: call("b"), outcome: ok(3) }] as never,
      expected,
      parallel: true,
    });
    expect(wrong.errorType).toBe("executable_checker:cannot_find_match");
  });

  it("needs exactly one call when not parallel, and reports a failed run as execution_error", () => {
    const one = [expected[0]] as never;
    expect(
      checkExecutedCalls({ executed: [{ call: call("a"), outcome: ok(1) }], expected: one, parallel: false })
        .valid,
    ).toBe(true);
    expect(checkExecutedCalls({ executed: [], expected: one, parallel: false }).errorType).toBe(
      "simple_exec_checker:wrong_count",
    );
    const crashed = checkExecutedCalls({
      executed: [{ call: call("a"), outcome: { status: "tool_error", message: "boom", durationMs: 1 } }],
      expected: one,
      parallel: false,
    });
    expect(crashed.errorType).toBe("executable_checker:execution_error");
    expect(crashed.error[0]).toContain("boom");
  });
});
