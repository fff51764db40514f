import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";

const months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const weekdays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const fields = [
  { name: "minute", min: 0, max: 59, names: [] as string[] },
  { name: "hour", min: 0, max: 23, names: [] as string[] },
  { name: "day of month", min: 1, max: 31, names: [] as string[] },
  { name: "month", min: 1, max: 12, names: months },
  { name: "day of week", min: 0, max: 7, names: weekdays },
];

function parseField(text: string, index: number): { values: Set<number>; any: boolean } {
  const field = fields[index] ?? fields[0];
  const { name, min, max, names } = field as (typeof fields)[number];
  const fail = (): never => {
    throw new ToolArgumentError({
      message: `invalid ${name} field '${text}': allowed values are ${min}-${max}${names.length > 0 ? ` or names like ${names[0]}` : ""}, with *, lists (1,2), ranges (1-5) and steps (*/15)`,
      argument: "expression",
    });
  };
  const value = (token: string) => {
    const named = names.indexOf(token.toUpperCase());
    const number =
      named >= 0 ? named + (name === "month" ? 1 : 0) : /^\d+$/.test(token) ? Number(token) : Number.NaN;
    return Number.isNaN(number) || number < min || number > max ? fail() : number;
  };
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [range = "", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : /^[1-9]\d*$/.test(stepText) ? Number(stepText) : fail();
    const [low, high] =
      range === "*"
        ? [min, max]
        : range.includes("-")
          ? range.split("-").map(value)
          : [value(range), stepText === undefined ? value(range) : max];
    if (low === undefined || high === undefined || low > high) {
      fail();
    }
    for (let current = low as number; current <= (high as number); current += step) {
      values.add(name === "day of week" ? current % 7 : current);
    }
  }
  return { values, any: text.startsWith("*") };
}

/** The next times a cron expression fires. */
export const getCronNextRuns = defineTool<{ expression: string; after: string; count?: number }>({
  name: "get_cron_next_runs",
  description:
    "Compute the next times a standard 5-field cron expression (minute hour day-of-month month day-of-week, with *, lists, ranges, steps and JAN-DEC / SUN-SAT names) fires after a given instant, evaluated in UTC. As in Vixie cron, when both day fields are restricted a day matches either. Returns the run times as ISO 8601 UTC timestamps.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      expression: {
        type: "string",
        pattern: "^\\S+( \\S+){4}$",
        description: 'Cron expression with 5 space-separated fields, e.g. "*/15 9-17 * * MON-FRI".',
      },
      after: {
        type: "string",
        format: "date-time",
        description: "Instant to start after (exclusive), e.g. 2024-05-01T08:07:00Z.",
      },
      count: {
        type: "integer",
        minimum: 1,
        maximum: 50,
        default: 5,
        description: "How many run times to return.",
      },
    },
    required: ["expression", "after"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { runs: { type: "array", items: { type: "string", format: "date-time" } } },
    required: ["runs"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { expression: "*/15 9-17 * * MON-FRI", after: "2024-05-03T17:40:00Z", count: 3 },
      result: { runs: ["2024-05-03T17:45:00Z", "2024-05-06T09:00:00Z", "2024-05-06T09:15:00Z"] },
    },
    {
      arguments: { expression: "0 0 29 2 *", after: "2024-03-01T00:00:00Z", count: 2 },
      result: { runs: ["2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z"] },
    },
    {
      arguments: { expression: "30 6 1 * SUN", after: "2024-09-01T07:00:00Z", count: 2 },
      result: { runs: ["2024-09-08T06:30:00Z", "2024-09-15T06:30:00Z"] },
    },
  ],
  invalidExamples: [
    {
      arguments: { expression: "61 * * * *", after: "2024-01-01T00:00:00Z" },
      error: "invalid minute field '61'",
    },
    { arguments: { expression: "0 0 31 2 *", after: "2024-01-01T00:00:00Z" }, error: "never fires" },
    {
      arguments: { expression: "* * * *", after: "2024-01-01T00:00:00Z" },
      error: "$.expression must match pattern",
    },
  ],
  run: ({ expression, after, count = 5 }) => {
    const [minute, hour, dom, month, dow] = expression.split(" ").map(parseField);
    if (
      minute === undefined ||
      hour === undefined ||
      dom === undefined ||
      month === undefined ||
      dow === undefined
    ) {
      throw new ToolArgumentError({ message: "expression needs 5 fields", argument: "expression" });
    }
    const start = Math.floor(Date.parse(after) / 60000) * 60000;
    const runs: string[] = [];
    const firstDay = Math.floor(start / 86_400_000) * 86_400_000;
    for (
      let day = firstDay;
      runs.length < count && day < firstDay + 8 * 366 * 86_400_000;
      day += 86_400_000
    ) {
      const date = new Date(day);
      if (!month.values.has(date.getUTCMonth() + 1)) {
        continue;
      }
      const domHit = dom.values.has(date.getUTCDate());
      const dowHit = dow.values.has(date.getUTCDay());
      if (!(dom.any || dow.any ? domHit && dowHit : domHit || dowHit)) {
        continue;
      }
      for (const h of [...hour.values].sort((a, b) => a - b)) {
        for (const m of [...minute.values].sort((a, b) => a - b)) {
          const at = day + h * 3_600_000 + m * 60000;
          if (at > start && runs.length < count) {
            runs.push(formatUtcInstant(at, { milliseconds: "never" }));
          }
        }
      }
    }
    if (runs.length === 0) {
      throw new ToolArgumentError({
        message: `expression '${expression}' never fires (e.g. a day that does not exist in that month)`,
        argument: "expression",
      });
    }
    return { runs };
  },
});
