import { defineTool } from "../define-tool.js";
import { compareValues, type JsonRecord, recordsSchema, requireField } from "./records.js";

interface SortKey {
  field: string;
  order?: "asc" | "desc";
}

/** Stable multi-key sort of records. */
export const sortRecords = defineTool<{ records: JsonRecord[]; sort_by: SortKey[]; limit?: number }>({
  name: "sort_records",
  description:
    "Sort a list of records by one or more fields, each ascending or descending (numbers numerically, other values as text, missing or null values last). The sort is stable. Returns the sorted records, optionally only the first `limit`.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      records: recordsSchema,
      sort_by: {
        type: "array",
        minItems: 1,
        maxItems: 5,
        description: "Sort keys in priority order.",
        items: {
          type: "object",
          properties: {
            field: { type: "string", minLength: 1, description: "Field to sort on." },
            order: { type: "string", enum: ["asc", "desc"], default: "asc", description: "Direction." },
          },
          required: ["field"],
          additionalProperties: false,
        },
      },
      limit: {
        type: "integer",
        minimum: 1,
        description: "Return only this many records from the top (all when omitted).",
      },
    },
    required: ["records", "sort_by"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { records: { type: "array", items: { type: "object" } }, total: { type: "integer" } },
    required: ["records", "total"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        records: [
          { name: "Cy", dept: "ops", salary: 50 },
          { name: "Al", dept: "dev", salary: 70 },
          { name: "Bo", dept: "dev", salary: 90 },
        ],
        sort_by: [{ field: "dept" }, { field: "salary", order: "desc" }],
      },
      result: {
        records: [
          { name: "Bo", dept: "dev", salary: 90 },
          { name: "Al", dept: "dev", salary: 70 },
          { name: "Cy", dept: "ops", salary: 50 },
        ],
        total: 3,
      },
    },
    {
      arguments: { records: [{ v: 10 }, { v: null }, { v: 9 }], sort_by: [{ field: "v" }], limit: 2 },
      result: { records: [{ v: 9 }, { v: 10 }], total: 3 },
    },
  ],
  invalidExamples: [
    {
      arguments: { records: [{ v: 1 }], sort_by: [{ field: "w" }] },
      error: "field 'w' does not occur in any record",
    },
    {
      arguments: { records: [{ v: 1 }], sort_by: [{ field: "v", order: "up" }] },
      error: "$.sort_by[0].order must be one of",
    },
  ],
  run: ({ records, sort_by, limit }) => {
    for (const key of sort_by) {
      requireField(records, key.field, "sort_by");
    }
    const sorted = records
      .map((record, index) => ({ record, index }))
      .sort((a, b) => {
        for (const { field, order = "asc" } of sort_by) {
          const left = a.record[field];
          const right = b.record[field];
          const missing = left === undefined || left === null || right === undefined || right === null;
          const result = compareValues(left, right) * (order === "desc" && !missing ? -1 : 1);
          if (result !== 0) {
            return result;
          }
        }
        return a.index - b.index;
      })
      .map(({ record }) => record);
    return { records: limit === undefined ? sorted : sorted.slice(0, limit), total: records.length };
  },
});
