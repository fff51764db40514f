import { defineTool } from "../define-tool.js";
import { canonical, type JsonRecord, recordsSchema, requireField } from "./records.js";

/** Removes duplicate records by all fields or by key fields. */
export const deduplicateRecords = defineTool<{
  records: JsonRecord[];
  key_fields?: string[];
  keep?: "first" | "last";
}>({
  name: "deduplicate_records",
  description:
    "Remove duplicate records from a list, comparing either whole records (key order ignored) or only the given key fields. Keeps the first or last occurrence while preserving the original order. Returns the unique records and how many were removed.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      records: recordsSchema,
      key_fields: {
        type: "array",
        items: { type: "string", minLength: 1 },
        minItems: 1,
        uniqueItems: true,
        description: 'Fields that identify a record, e.g. ["email"]; defaults to comparing whole records.',
      },
      keep: {
        type: "string",
        enum: ["first", "last"],
        default: "first",
        description: "Which occurrence of a duplicate to keep.",
      },
    },
    required: ["records"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      records: { type: "array", items: { type: "object" } },
      removed_count: { type: "integer", minimum: 0 },
    },
    required: ["records", "removed_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        records: [
          { email: "a@x.com", n: 1 },
          { email: "b@x.com", n: 2 },
          { email: "a@x.com", n: 3 },
        ],
        key_fields: ["email"],
        keep: "last",
      },
      result: {
        records: [
          { email: "b@x.com", n: 2 },
          { email: "a@x.com", n: 3 },
        ],
        removed_count: 1,
      },
    },
    {
      arguments: { records: [{ a: 1, b: 2 }, { b: 2, a: 1 }, { a: 2 }] },
      result: { records: [{ a: 1, b: 2 }, { a: 2 }], removed_count: 1 },
    },
  ],
  invalidExamples: [
    {
      arguments: { records: [{ email: "a@x.com" }], key_fields: ["mail"] },
      error: "field 'mail' does not occur in any record",
    },
    { arguments: { records: [{ a: 1 }], keep: "middle" }, error: '$.keep must be one of ["first","last"]' },
  ],
  run: ({ records, key_fields, keep = "first" }) => {
    for (const field of key_fields ?? []) {
      requireField(records, field, "key_fields");
    }
    const keyOf = (record: JsonRecord) =>
      key_fields === undefined
        ? canonical(record)
        : canonical(key_fields.map((field) => record[field] ?? null));
    const chosen = new Map<string, number>();
    records.forEach((record, index) => {
      const key = keyOf(record);
      if (keep === "last" || !chosen.has(key)) {
        chosen.set(key, index);
      }
    });
    const kept = new Set(chosen.values());
    const unique = records.filter((_, index) => kept.has(index));
    return { records: unique, removed_count: records.length - unique.length };
  },
});
