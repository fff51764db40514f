import type { JsonValue } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { canonical, compareValues, type JsonRecord, recordsSchema, requireField } from "./records.js";

type Operator = "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "contains" | "in" | "exists";

interface Condition {
  field: string;
  operator: Operator;
  value?: JsonValue;
}

function test(record: JsonRecord, { field, operator, value = null }: Condition): boolean {
  const actual = record[field];
  switch (operator) {
    case "exists":
      return actual !== undefined && actual !== null;
    case "eq":
      return canonical(actual ?? null) === canonical(value);
    case "ne":
      return canonical(actual ?? null) !== canonical(value);
    case "contains":
      if (typeof actual === "string") {
        return typeof value === "string" && actual.toLowerCase().includes(value.toLowerCase());
      }
      return Array.isArray(actual) && actual.some((item) => canonical(item) === canonical(value));
    case "in":
      return Array.isArray(value) && value.some((item) => canonical(item) === canonical(actual ?? null));
    default: {
      if (actual === undefined || actual === null || value === null || typeof actual !== typeof value) {
        return false;
      }
      const order = compareValues(actual, value);
      return operator === "gt"
        ? order > 0
        : operator === "gte"
          ? order >= 0
          : operator === "lt"
            ? order < 0
            : order <= 0;
    }
  }
}

/** Keeps the records that satisfy conditions. */
export const filterRecords = defineTool<{
  records: JsonRecord[];
  conditions: Condition[];
  match?: "all" | "any";
}>({
  name: "filter_records",
  description:
    "Filter a list of records with conditions on their fields (eq, ne, gt, gte, lt, lte, contains (case-insensitive substring or array element), in (value in a list), exists), combined with AND (match all) or OR (match any). Returns the matching records in their original order and their count.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      records: recordsSchema,
      conditions: {
        type: "array",
        minItems: 1,
        maxItems: 20,
        description: "Conditions to test on each record.",
        items: {
          type: "object",
          properties: {
            field: { type: "string", minLength: 1, description: "Field to test." },
            operator: {
              type: "string",
              enum: ["eq", "ne", "gt", "gte", "lt", "lte", "contains", "in", "exists"],
              description: "Comparison.",
            },
            value: { description: "Value to compare with (a list for 'in'; not needed for 'exists')." },
          },
          required: ["field", "operator"],
          additionalProperties: false,
        },
      },
      match: {
        type: "string",
        enum: ["all", "any"],
        default: "all",
        description: "Whether every condition (AND) or any condition (OR) must hold.",
      },
    },
    required: ["records", "conditions"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      records: { type: "array", items: { type: "object" } },
      match_count: { type: "integer", minimum: 0 },
    },
    required: ["records", "match_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        records: [
          { name: "Laptop", price: 999, tags: ["tech"] },
          { name: "Lamp", price: 25, tags: ["home"] },
          { name: "Phone", price: 599, tags: ["tech"] },
        ],
        conditions: [
          { field: "tags", operator: "contains", value: "tech" },
          { field: "price", operator: "lt", value: 800 },
        ],
      },
      result: { records: [{ name: "Phone", price: 599, tags: ["tech"] }], match_count: 1 },
    },
    {
      arguments: {
        records: [{ c: "FR" }, { c: "DE" }, { c: "US" }],
        conditions: [{ field: "c", operator: "in", value: ["FR", "US"] }],
        match: "any",
      },
      result: { records: [{ c: "FR" }, { c: "US" }], match_count: 2 },
    },
  ],
  invalidExamples: [
    {
      arguments: { records: [{ price: 1 }], conditions: [{ field: "cost", operator: "gt", value: 0 }] },
      error: "field 'cost' does not occur in any record",
    },
    {
      arguments: { records: [{ c: "FR" }], conditions: [{ field: "c", operator: "in", value: "FR" }] },
      error: "operator 'in' needs a list as value",
    },
    {
      arguments: { records: [{ price: 1 }], conditions: [{ field: "price", operator: "between", value: 0 }] },
      error: "$.conditions[0].operator must be one of",
    },
  ],
  run: ({ records, conditions, match = "all" }) => {
    for (const condition of conditions) {
      requireField(records, condition.field, "conditions");
      if (condition.operator === "in" && !Array.isArray(condition.value)) {
        throw new ToolArgumentError({
          message: `operator 'in' needs a list as value, e.g. ["FR", "US"] (condition on '${condition.field}')`,
          argument: "conditions",
        });
      }
      if (condition.operator !== "exists" && condition.value === undefined) {
        throw new ToolArgumentError({
          message: `operator '${condition.operator}' needs a value (condition on '${condition.field}')`,
          argument: "conditions",
        });
      }
    }
    const kept = records.filter((record) =>
      match === "all"
        ? conditions.every((condition) => test(record, condition))
        : conditions.some((condition) => test(record, condition)),
    );
    return { records: kept, match_count: kept.length };
  },
});
