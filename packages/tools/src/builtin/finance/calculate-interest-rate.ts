import { defineTool } from "../define-tool.js";

/** Simple interest on a principal (BFCL's `calculate_interest_rate`). */
export const calculateInterestRate = defineTool<{ principal: number; rate: number; time: number }>({
  name: "calculate_interest_rate",
  description:
    "Calculates the simple interest for a given principal, rate per period and time in periods: principal * rate * time, unrounded.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      principal: { type: "number", description: "The initial amount of money." },
      rate: { type: "number", description: "The interest rate per period, as a fraction (0.05 for 5 %)." },
      time: {
        type: "number",
        minimum: 0,
        description: "The number of periods the money is invested or borrowed for.",
      },
    },
    required: ["principal", "rate", "time"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { principal: 1000, rate: 0.05, time: 3 }, result: 150 },
    { arguments: { principal: 2000, rate: 0.5, time: 2 }, result: 2000 },
  ],
  invalidExamples: [
    { arguments: { principal: 1000, rate: 0.05, time: -3 }, error: "$.time must be >= 0" },
    { arguments: { principal: "1000", rate: 0.05, time: 3 }, error: "$.principal must be number" },
  ],
  run: ({ principal, rate, time }) => principal * rate * time,
});
