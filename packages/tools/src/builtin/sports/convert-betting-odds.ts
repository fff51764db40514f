import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { greatestCommonDivisor } from "../shared/greatest-common-divisor.js";
import { roundTo } from "../shared/round-to.js";

/** Converts odds between decimal, fractional and American formats. */
export const convertBettingOdds = defineTool<{ odds: string; format: "decimal" | "fractional" | "american" }>(
  {
    name: "convert_betting_odds",
    description:
      "Convert sports betting odds between decimal (2.50), fractional (3/2) and American/moneyline (+150, -200) formats. Returns all three formats and the implied probability in percent (rounded to 2 decimals).",
    category: "Sports",
    parameters: {
      type: "object",
      properties: {
        odds: {
          type: "string",
          pattern: "^([+-]?\\d+(\\.\\d+)?|\\d+/\\d+)$",
          description: 'The odds as written, e.g. "2.5", "3/2" or "+150".',
        },
        format: {
          type: "string",
          enum: ["decimal", "fractional", "american"],
          description: "Format the odds are written in.",
        },
      },
      required: ["odds", "format"],
      additionalProperties: false,
    },
    returns: {
      type: "object",
      properties: {
        decimal: { type: "number" },
        fractional: {
          type: "string",
          description: "Reduced fraction of profit to stake (denominator up to 100).",
        },
        american: { type: "string" },
        implied_probability_percent: { type: "number" },
      },
      required: ["decimal", "fractional", "american", "implied_probability_percent"],
      additionalProperties: false,
    },
    examples: [
      {
        arguments: { odds: "2.5", format: "decimal" },
        result: { decimal: 2.5, fractional: "3/2", american: "+150", implied_probability_percent: 40 },
      },
      {
        arguments: { odds: "-200", format: "american" },
        result: { decimal: 1.5, fractional: "1/2", american: "-200", implied_probability_percent: 66.67 },
      },
      {
        arguments: { odds: "5/4", format: "fractional" },
        result: { decimal: 2.25, fractional: "5/4", american: "+125", implied_probability_percent: 44.44 },
      },
    ],
    invalidExamples: [
      { arguments: { odds: "0.8", format: "decimal" }, error: "decimal odds must be greater than 1" },
      {
        arguments: { odds: "+50", format: "american" },
        error: "American odds must be at least +100 or at most -100",
      },
      { arguments: { odds: "3/2", format: "decimal" }, error: "odds '3/2' are not decimal odds" },
    ],
    run: ({ odds, format }) => {
      let decimal: number;
      if (format === "fractional") {
        const [num, den] = odds.split("/").map(Number);
        if (num === undefined || den === undefined || den === 0 || num === 0) {
          throw new ToolArgumentError({
            message: "fractional odds are written as profit/stake with both above 0, e.g. 5/2",
            argument: "odds",
          });
        }
        decimal = 1 + num / den;
      } else if (odds.includes("/")) {
        throw new ToolArgumentError({
          message: `odds '${odds}' are not ${format} odds; set format to "fractional"`,
          argument: "format",
        });
      } else if (format === "decimal") {
        decimal = Number(odds);
        if (decimal <= 1) {
          throw new ToolArgumentError({
            message: "decimal odds must be greater than 1 (they include the stake)",
            argument: "odds",
          });
        }
      } else {
        const line = Number(odds);
        if (Math.abs(line) < 100) {
          throw new ToolArgumentError({
            message: "American odds must be at least +100 or at most -100",
            argument: "odds",
          });
        }
        decimal = line > 0 ? 1 + line / 100 : 1 + 100 / -line;
      }
      const profit = decimal - 1;
      let best = { num: Math.round(profit), den: 1 };
      for (let den = 1; den <= 100; den++) {
        const num = Math.round(profit * den);
        if (Math.abs(num / den - profit) < Math.abs(best.num / best.den - profit) - 1e-12) {
          best = { num, den };
        }
      }
      const divisor = greatestCommonDivisor(best.num, best.den) || 1;
      const american = profit >= 1 ? `+${Math.round(profit * 100)}` : `-${Math.round(100 / profit)}`;
      return {
        decimal: roundTo(decimal, 3),
        fractional: `${best.num / divisor}/${best.den / divisor}`,
        american,
        implied_probability_percent: roundTo(100 / decimal, 2),
      };
    },
  },
);
