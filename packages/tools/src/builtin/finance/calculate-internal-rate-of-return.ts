import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

function npvAt(rate: number, flows: readonly number[]): number {
  return flows.reduce((sum, flow, period) => sum + flow / (1 + rate) ** period, 0);
}

/** IRR by bisection on the NPV. */
export const calculateInternalRateOfReturn = defineTool<{ cash_flows: number[] }>({
  name: "calculate_internal_rate_of_return",
  description:
    "Calculate the internal rate of return (IRR) of evenly spaced cash flows: the per-period discount rate at which their NPV is 0. Returns the IRR in percent, rounded to 4 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      cash_flows: {
        type: "array",
        items: { type: "number" },
        minItems: 2,
        maxItems: 100,
        description:
          "Cash flows per period starting at period 0; needs at least one negative and one positive value, e.g. [-1000, 400, 400, 400].",
      },
    },
    required: ["cash_flows"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { irr_percent: { type: "number" }, periods: { type: "integer" } },
    required: ["irr_percent", "periods"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { cash_flows: [-1000, 1100] }, result: { irr_percent: 10, periods: 1 } },
    { arguments: { cash_flows: [-1000, 400, 400, 400] }, result: { irr_percent: 9.701, periods: 3 } },
  ],
  invalidExamples: [
    {
      arguments: { cash_flows: [100, 200, 300] },
      error: "needs at least one negative and one positive cash flow",
    },
    { arguments: { cash_flows: [-100] }, error: "$.cash_flows must NOT have fewer than 2 items" },
  ],
  run: ({ cash_flows }) => {
    if (!cash_flows.some((flow) => flow < 0) || !cash_flows.some((flow) => flow > 0)) {
      throw new ToolArgumentError({
        message: "cash_flows needs at least one negative and one positive cash flow for an IRR to exist",
        argument: "cash_flows",
      });
    }
    let low = -0.9999;
    let high = 10;
    const lowSign = Math.sign(npvAt(low, cash_flows));
    if (lowSign === Math.sign(npvAt(high, cash_flows))) {
      throw new ToolArgumentError({
        message: "no IRR between -99.99% and 1000% for these cash_flows",
        argument: "cash_flows",
      });
    }
    for (let step = 0; step < 200; step++) {
      const middle = (low + high) / 2;
      if (Math.sign(npvAt(middle, cash_flows)) === lowSign) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return {
      irr_percent: roundTo(((low + high) / 2) * 100, 4, { method: "half-away-from-zero" }),
      periods: cash_flows.length - 1,
    };
  },
});
