import { JsonFloat } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { PythonTuple } from "../python/python-value.js";
import {
  decodeFunctionCallingOutput,
  decodeJsonCalls,
  decodePythonCalls,
  decodeXlamCalls,
  isEmptyOutput,
  isFunctionCallingFormat,
} from "./decode-model-output.js";

describe("decodePythonCalls", () => {
  it("reads keyword calls with Python values, keeping 5 and 5.0 apart", () => {
    expect(decodePythonCalls("[f(a=1, b=2.0, c='x', d=True, e=None, g=[1, -2], h={'k': (1, 2)})]")).toEqual([
      {
        f: {
          a: 1,
          b: new JsonFloat(2),
          c: "x",
          d: true,
          e: null,
          g: [1, -2],
          h: { k: new PythonTuple([1, 2]) },
        },
      },
    ]);
  });

  it("wraps a bare call, keeps dotted names, and drops positional arguments as the official decoder does", () => {
    expect(decodePythonCalls("math.factorial(10, n=5)")).toEqual([{ "math.factorial": { n: 5 } }]);
    expect(decodePythonCalls("`f(x=1)`\n")).toEqual([{ f: { x: 1 } }]);
  });

  it("binds positional arguments by a given parameter order, as running the call would", () => {
    const order = (name: string) => (name === "mean" ? ["numbers", "round_to"] : undefined);
    expect(decodePythonCalls("[mean([1, 3], 2), g(7, y=1)]", order)).toEqual([
      { mean: { numbers: [1, 3], round_to: 2 } },
      { g: { y: 1 } },
    ]);
  });

  it("resolves names to strings, nested keyword calls to objects, other calls to source text, and evaluates arithmetic", () => {
    expect(
      decodePythonCalls("[f(a=unknown_name, b=g(c=1), d=h(1,2), e=2*3, s='a'+'b', q=x[0], p=2**-1)]"),
    ).toEqual([
      { f: { a: "unknown_name", b: { g: { c: 1 } }, d: "h(1, 2)", e: 6, s: "ab", q: "x[0]", p: 0.5 } },
    ]);
  });

  it("fails on text that is not a list of calls, as the official decoder does", () => {
    expect(() => decodePythonCalls("```python\n[f(a=1)]\n```")).toThrow();
    expect(() => decodePythonCalls("I cannot help with that.")).toThrow();
    expect(() => decodePythonCalls("[f(a=1), 3]")).toThrow(/every element/);
    expect(() => decodePythonCalls("[f(a=-x)]")).toThrow(/unary/);
    expect(decodePythonCalls("[]")).toEqual([]);
    expect(decodePythonCalls("")).toEqual([]);
  });
});

describe("other answer formats", () => {
  it("reads the JSON return format, and returns no calls for broken JSON", () => {
    expect(decodeJsonCalls('Sure: [{"function": "f", "parameters": {"x": 1.0}}]')).toEqual([
      { f: { x: new JsonFloat(1) } },
    ]);
    expect(decodeJsonCalls('[{"function": "f", "parameters": {"x": }]')).toEqual([]);
  });

  it("reads OpenAI-style tool calls and xLAM answers", () => {
    expect(decodeFunctionCallingOutput([{ f: '{"x": 2.0}' }, { name: "g", arguments: '{"y": 1}' }])).toEqual([
      { f: { x: new JsonFloat(2) } },
      { g: { y: 1 } },
    ]);
    expect(decodeXlamCalls('{"tool_calls": [{"name": "f", "arguments": {"a": 1}}]}')).toEqual([
      { f: { a: 1 } },
    ]);
    expect(decodeXlamCalls('{"name": "f", "arguments": {"a": 1}}; {"name": "g", "arguments": {}}')).toEqual([
      { f: { a: 1 } },
      { g: {} },
    ]);
  });

  it("tells call lists from other output, and empty output from calls", () => {
    expect(isFunctionCallingFormat([{ f: {} }])).toBe(true);
    expect(isFunctionCallingFormat([{ f: {}, g: {} }])).toBe(false);
    expect(isFunctionCallingFormat("text")).toBe(false);
    expect(isEmptyOutput([])).toBe(true);
    expect(isEmptyOutput([{}])).toBe(true);
    expect(isEmptyOutput([{ f: {} }])).toBe(false);
  });
});
