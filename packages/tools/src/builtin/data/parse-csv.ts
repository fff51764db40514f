import type { JsonValue } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Splits CSV text into rows of fields, honouring RFC 4180 quoting. */
export function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === delimiter) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") {
        index++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (quoted) {
    throw new ToolArgumentError({
      message: "csv_text has an unterminated quoted field",
      argument: "csv_text",
    });
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((fields) => !(fields.length === 1 && fields[0] === ""));
}

function infer(value: string): JsonValue {
  if (value === "") {
    return null;
  }
  if (value === "true" || value === "false") {
    return value === "true";
  }
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) {
    return Number(value);
  }
  return value;
}

/** Parses CSV text into records. */
export const parseCsv = defineTool<{
  csv_text: string;
  delimiter?: string;
  has_header?: boolean;
  infer_types?: boolean;
}>({
  name: "parse_csv",
  description:
    "Parse CSV text (RFC 4180 quoting, CRLF or LF line ends) into rows. With a header row, returns one object per row keyed by column name; otherwise arrays of fields. Optionally converts numbers, booleans and empty fields (null).",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      csv_text: { type: "string", minLength: 1, maxLength: 200000, description: "The CSV content." },
      delimiter: {
        type: "string",
        enum: [",", ";", "\t", "|"],
        default: ",",
        description: "Field separator.",
      },
      has_header: {
        type: "boolean",
        default: true,
        description: "Whether the first row holds column names.",
      },
      infer_types: {
        type: "boolean",
        default: false,
        description: "Convert numeric fields to numbers, true/false to booleans and empty fields to null.",
      },
    },
    required: ["csv_text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      columns: {
        type: "array",
        items: { type: "string" },
        description: "Header names, or column_1.. without a header.",
      },
      rows: { type: "array", items: { anyOf: [{ type: "object" }, { type: "array" }] } },
      row_count: { type: "integer", minimum: 0 },
    },
    required: ["columns", "rows", "row_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { csv_text: 'name,age,city\nAlice,30,"New York, NY"\nBob,25,Boston', infer_types: true },
      result: {
        columns: ["name", "age", "city"],
        rows: [
          { name: "Alice", age: 30, city: "New York, NY" },
          { name: "Bob", age: 25, city: "Boston" },
        ],
        row_count: 2,
      },
    },
    {
      arguments: { csv_text: "a;b\n1;2", delimiter: ";", has_header: false },
      result: {
        columns: ["column_1", "column_2"],
        rows: [
          ["a", "b"],
          ["1", "2"],
        ],
        row_count: 2,
      },
    },
  ],
  invalidExamples: [
    { arguments: { csv_text: "id,name\n1,Ann,extra" }, error: "row 2 has 3 fields but the header has 2" },
    { arguments: { csv_text: 'id,name\n1,"Ann' }, error: "unterminated quoted field" },
    { arguments: { csv_text: "a b", delimiter: " " }, error: "$.delimiter must be one of" },
  ],
  run: ({ csv_text, delimiter = ",", has_header = true, infer_types = false }) => {
    const table = splitCsv(csv_text, delimiter);
    const convert = (value: string): JsonValue => (infer_types ? infer(value) : value);
    if (!has_header) {
      const width = Math.max(0, ...table.map((row) => row.length));
      const columns = Array.from({ length: width }, (_, index) => `column_${index + 1}`);
      return { columns, rows: table.map((row) => row.map(convert)), row_count: table.length };
    }
    const [header = [], ...body] = table;
    const rows = body.map((row, index) => {
      if (row.length !== header.length) {
        throw new ToolArgumentError({
          message: `row ${index + 2} has ${row.length} fields but the header has ${header.length}; quote fields that contain the delimiter`,
          argument: "csv_text",
        });
      }
      return Object.fromEntries(header.map((name, column) => [name, convert(row[column] ?? "")]));
    });
    return { columns: header, rows, row_count: rows.length };
  },
});
