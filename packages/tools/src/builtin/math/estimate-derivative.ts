import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { compilePythonLambda } from "./compile-python-lambda.js";

/** The numerical derivative of a Python lambda at a point (BFCL's `estimate_derivative`). */
export const estimateDerivative = defineTool<{ function: string; x: number }>({
  name: "estimate_derivative",
  description:
    "Estimate the derivative of a function at a given point. The function is a Python lambda of one variable, e.g. 'lambda x: 3*x**2 + 2*x + 1'; the derivative is estimated by a central difference (step 1e-5) and rounded to 6 decimals.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      function: {
        type: "string",
        minLength: 1,
        maxLength: 500,
        description:
          "The function to calculate the derivative of, as a Python lambda: + - * / ** and parentheses, math.sin/cos/tan/exp/log/sqrt, math.pi, math.e.",
      },
      x: { type: "integer", description: "The point to calculate the derivative at." },
    },
    required: ["function", "x"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { function: "lambda x: 3*x**2 + 2*x + 1", x: 5 }, result: 32 },
    { arguments: { function: "lambda x:x**2", x: 5 }, result: 10 },
    { arguments: { function: "lambda x: 5*x**3 - 3*x**2 + 2*x + 1", x: -2 }, result: 74 },
    { arguments: { function: "lambda t: -t**2 + math.sin(t)", x: 0 }, result: 1 },
  ],
  invalidExamples: [
    { arguments: { function: "x**2", x: 1 }, error: "does not start with 'lambda <variable>:'" },
    { arguments: { function: "lambda x: os.system(x)", x: 1 }, error: "unknown name 'os.system'" },
    { arguments: { function: "lambda x: 1/x", x: 0 }, error: "not differentiable" },
  ],
  run: ({ function: source, x }) => {
    const f = compilePythonLambda(source);
    const h = 1e-5;
    const derivative = (f(x + h) - f(x - h)) / (2 * h);
    if (![f(x), derivative].every(Number.isFinite)) {
      throw new ToolArgumentError({
        message: `the function is not differentiable (or not defined) at x = ${x}`,
        argument: "x",
      });
    }
    return roundTo(derivative, 6) || 0;
  },
});
