import { describe, expect, it } from "vitest";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { compilePythonLambda } from "./compile-python-lambda.js";

describe("compilePythonLambda", () => {
  it("follows Python's precedence: unary minus below **, ** right-associative", () => {
    expect(compilePythonLambda("lambda x: -x**2")(3)).toBe(-9);
    expect(compilePythonLambda("lambda x: 2**3**2")(0)).toBe(512);
    expect(compilePythonLambda("lambda x: 2**-1")(0)).toBe(0.5);
    expect(compilePythonLambda("lambda x: 2*x**4 - 3*x**3 + 2*x**2 - x + 1")(2)).toBe(15);
    expect(compilePythonLambda("lambda t: (t + 1) / 2 + math.sqrt(t) - pi")(4)).toBeCloseTo(4.5 - Math.PI);
  });

  it("rejects what is not a one-variable arithmetic lambda, naming the problem", () => {
    const reject = (source: string, message: string) => {
      let caught: unknown;
      try {
        compilePythonLambda(source);
      } catch (error) {
        caught = error;
      }
      expect(ToolArgumentError.isInstance(caught)).toBe(true);
      expect(String(caught)).toContain(message);
    };
    reject("x**2", "does not start with 'lambda <variable>:'");
    reject("lambda x: __import__('os')", "unknown name '__import__'");
    reject("lambda x: 2x", "unexpected 'x'");
    reject("lambda x: (x + 1", "expected )");
  });
});
