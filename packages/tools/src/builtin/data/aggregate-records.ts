import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { canonical, type JsonRecord, recordsSchema, requireField } from "./records.js";

type Operation = "count" | "sum" | "avg" | "min" | "max" | "count_distinct";

interface Aggregation {
  field: string;
  operation: Operation;
}

function aggregate(values: unknown[], operation: Operation, field: string): number | null {
  if (operation === "count") {
    return values.filter((value) => value !== undefined && value !== null).length;
  }
  if (operation === "count_distinct") {
    return new Set(
      values
        .filter((value) => value !== undefined && value !== null)
        .map((value) => canonical(value as never)),
    ).size;
  }
  const numbers = values.filter((value) => value !== undefined && value !== null);
  if (numbers.some((value) => typeof value !== "number")) {
    throw new ToolArgumentError({
      message: `field '${field}' has non-numeric values; ${operation} needs numbers (use count or count_distinct)`,
      argument: "aggregations",
    });
  }
  const list = numbers as number[];
  if (list.length === 0) {
    return null;
  }
  if (operation === "min") {
    return Math.min(...list);
  }
  if (operation === "max") {
    return Math.max(...list);
  }
  const sum = list.reduce((total, value) => total + value, 0);
  return roundTo(operation === "sum" ? sum : sum / list.length, 6);
}

/** Groups records by fields and aggregates others per group. */
export const aggregateRecords = defineTool<{
  records: JsonRecord[];
  group_by: string[];
  aggregations: Aggregation[];
}>({
  name: "aggregate_records",
  description:
    "Group records by one or more fields (like SQL GROUP BY) and compute aggregations per group: count, count_distinct, sum, avg, min or max of a field. Returns one row per group in order of first appearance, with the group fields and one '<operation>_<field>' value per aggregation (sums and averages rounded to 6 decimals, null when a group has no numbers).",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      records: recordsSchema,
      group_by: {
        type: "array",
        items: { type: "string", minLength: 1 },
        maxItems: 5,
        uniqueItems: true,
        description: "Fields to group by; an empty list aggregates all records into one group.",
      },
      aggregations: {
        type: "array",
        minItems: 1,
        maxItems: 10,
        description: "Aggregations to compute per group.",
        items: {
          type: "object",
          properties: {
            field: { type: "string", minLength: 1, description: "Field to aggregate." },
            operation: {
              type: "string",
              enum: ["count", "count_distinct", "sum", "avg", "min", "max"],
              description: "Aggregate function.",
            },
          },
          required: ["field", "operation"],
          additionalProperties: false,
        },
      },
    },
    required: ["records", "group_by", "aggregations"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { groups: { type: "array", items: { type: "object" } }, group_count: { type: "integer" } },
    required: ["groups", "group_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        records: [
          { region: "EU", product: "pen", sales: 10 },
          { region: "US", product: "pen", sales: 5 },
          { region: "EU", product: "ink", sales: 7.5 },
        ],
        group_by: ["region"],
        aggregations: [
          { field: "sales", operation: "sum" },
          { field: "product", operation: "count_distinct" },
        ],
      },
      result: {
        groups: [
          { region: "EU", sum_sales: 17.5, count_distinct_product: 2 },
          { region: "US", sum_sales: 5, count_distinct_product: 1 },
        ],
        group_count: 2,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { records: [{ a: "x" }], group_by: [], aggregations: [{ field: "a", operation: "avg" }] },
      error: "field 'a' has non-numeric values",
    },
    {
      arguments: { records: [{ a: 1 }], group_by: ["b"], aggregations: [{ field: "a", operation: "sum" }] },
      error: "field 'b' does not occur in any record",
    },
    {
      arguments: { records: [{ a: 1 }], group_by: [], aggregations: [{ field: "a", operation: "median" }] },
      error: "$.aggregations[0].operation must be one of",
    },
  ],
  run: ({ records, group_by, aggregations }) => {
    for (const field of group_by) {
      requireField(records, field, "group_by");
    }
    for (const { field } of aggregations) {
      requireField(records, field, "aggregations");
    }
    const groups = new Map<string, JsonRecord[]>();
    for (const record of records) {
      const key = canonical(group_by.map((field) => record[field] ?? null));
      groups.set(key, [...(groups.get(key) ?? []), record]);
    }
    const rows = [...groups.values()].map((members) => {
      const row: JsonRecord = {};
      for (const field of group_by) {
        row[field] = members[0]?.[field] ?? null;
      }
      for (const { field, operation } of aggregations) {
        row[`${operation}_${field}`] = aggregate(
          members.map((member) => member[field]),
          operation,
          field,
        );
      }
      return row;
    });
    return { groups: rows, group_count: rows.length };
  },
});
