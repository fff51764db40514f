import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Net present value of a series of yearly cash flows. */
export const calculateNetPresentValue = defineTool<{ discount_rate: number; cash_flows: number[] }>({
  name: "calculate_net_present_value",
  description:
    "Calculate the net present value (NPV) of evenly spaced cash flows, the first occurring now (period 0, usually the negative investment). Returns the NPV and the present value of each flow, rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      discount_rate: {
        type: "number",
        minimum: 0,
        maximum: 100,
        description: "Discount rate per period in percent, e.g. 8 for 8%.",
      },
      cash_flows: {
        type: "array",
        items: { type: "number" },
        minItems: 1,
        maxItems: 100,
        description: "Cash flows per period starting at period 0, e.g. [-1000, 300, 400, 500].",
      },
    },
    required: ["discount_rate", "cash_flows"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      npv: { type: "number" },
      present_values: { type: "array", items: { type: "number" } },
      is_profitable: { type: "boolean", description: "True when the NPV is above 0." },
    },
    required: ["npv", "present_values", "is_profitable"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { discount_rate: 10, cash_flows: [-1000, 500, 400, 300] },
      result: { npv: 10.52, present_values: [-1000, 454.55, 330.58, 225.39], is_profitable: true },
    },
  ],
  invalidExamples: [
    {
      arguments: { discount_rate: 10, cash_flows: [] },
      error: "$.cash_flows must NOT have fewer than 1 items",
    },
    { arguments: { discount_rate: "10%", cash_flows: [1] }, error: "$.discount_rate must be number" },
  ],
  run: ({ discount_rate, cash_flows }) => {
    const values = cash_flows.map((flow, period) => flow / (1 + discount_rate / 100) ** period);
    const npv = values.reduce((sum, value) => sum + value, 0);
    return {
      npv: roundTo(npv, 2, { method: "half-away-from-zero" }),
      present_values: values.map((value) => roundTo(value, 2, { method: "half-away-from-zero" })),
      is_profitable: npv > 0,
    };
  },
});
