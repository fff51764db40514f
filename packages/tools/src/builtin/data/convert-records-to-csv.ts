import type { JsonValue } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

function cell(value: JsonValue | undefined, delimiter: string): string {
  if (value === undefined || value === null) {
    return "";
  }
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Serialises records as CSV. */
export const convertRecordsToCsv = defineTool<{
  records: Record<string, JsonValue>[];
  columns?: string[];
  delimiter?: string;
  include_header?: boolean;
}>({
  name: "convert_records_to_csv",
  description:
    "Convert a list of JSON records (objects) to CSV text, quoting fields that contain the delimiter, quotes or line breaks. Nested values are written as JSON and missing or null values as empty fields. Returns the CSV text (LF line ends) and the columns used.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      records: {
        type: "array",
        items: { type: "object" },
        minItems: 1,
        maxItems: 10000,
        description: "The records to write.",
      },
      columns: {
        type: "array",
        items: { type: "string", minLength: 1 },
        minItems: 1,
        uniqueItems: true,
        description: "Columns to write, in order; defaults to every key in order of first appearance.",
      },
      delimiter: {
        type: "string",
        enum: [",", ";", "\t", "|"],
        default: ",",
        description: "Field separator.",
      },
      include_header: {
        type: "boolean",
        default: true,
        description: "Write a header row with the column names.",
      },
    },
    required: ["records"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      csv: { type: "string" },
      columns: { type: "array", items: { type: "string" } },
      row_count: { type: "integer" },
    },
    required: ["csv", "columns", "row_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        records: [
          { id: 1, name: "Ann, Jr." },
          { id: 2, name: 'Bo "B"', tags: ["x"] },
        ],
      },
      result: {
        csv: 'id,name,tags\n1,"Ann, Jr.",\n2,"Bo ""B""","[""x""]"',
        columns: ["id", "name", "tags"],
        row_count: 2,
      },
    },
    {
      arguments: { records: [{ a: 1, b: 2 }], columns: ["b"], include_header: false },
      result: { csv: "2", columns: ["b"], row_count: 1 },
    },
  ],
  invalidExamples: [
    { arguments: { records: [{ a: 1 }], columns: ["z"] }, error: "column 'z' does not occur in any record" },
    { arguments: { records: [] }, error: "$.records must NOT have fewer than 1 items" },
  ],
  run: ({ records, columns, delimiter = ",", include_header = true }) => {
    const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
    for (const column of columns ?? []) {
      if (!keys.includes(column)) {
        throw new ToolArgumentError({
          message: `column '${column}' does not occur in any record; available columns: ${keys.join(", ")}`,
          argument: "columns",
        });
      }
    }
    const used = columns ?? keys;
    const lines = records.map((record) => used.map((key) => cell(record[key], delimiter)).join(delimiter));
    if (include_header) {
      lines.unshift(used.map((key) => cell(key, delimiter)).join(delimiter));
    }
    return { csv: lines.join("\n"), columns: used, row_count: records.length };
  },
});
