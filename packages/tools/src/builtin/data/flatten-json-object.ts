import type { JsonValue } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import type { JsonRecord } from "./records.js";

/** Flattens nested objects and arrays into one level of joined keys. */
export const flattenJsonObject = defineTool<{
  object: JsonRecord;
  separator?: string;
  flatten_arrays?: boolean;
  max_depth?: number;
}>({
  name: "flatten_json_object",
  description:
    'Flatten a nested JSON object into a single-level object whose keys join the path segments with a separator (e.g. {"a":{"b":1}} becomes {"a.b":1}). Arrays are flattened with their indexes as segments unless disabled. Returns the flat object and its number of keys.',
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      object: { type: "object", description: "The nested JSON object." },
      separator: {
        type: "string",
        minLength: 1,
        maxLength: 3,
        default: ".",
        description: "Text placed between path segments.",
      },
      flatten_arrays: {
        type: "boolean",
        default: true,
        description: "Also flatten arrays using indexes as keys; when false arrays are kept as values.",
      },
      max_depth: {
        type: "integer",
        minimum: 1,
        maximum: 50,
        description: "Stop flattening below this depth (no limit when omitted).",
      },
    },
    required: ["object"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { flat: { type: "object" }, key_count: { type: "integer", minimum: 0 } },
    required: ["flat", "key_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        object: { user: { name: "Ann", address: { city: "Oslo" } }, tags: ["a", "b"], empty: {} },
      },
      result: {
        flat: { "user.name": "Ann", "user.address.city": "Oslo", "tags.0": "a", "tags.1": "b", empty: {} },
        key_count: 5,
      },
    },
    {
      arguments: {
        object: { a: { b: { c: 1 } }, list: [1, 2] },
        separator: "_",
        flatten_arrays: false,
        max_depth: 2,
      },
      result: { flat: { a_b: { c: 1 }, list: [1, 2] }, key_count: 2 },
    },
  ],
  invalidExamples: [
    { arguments: { object: { "a.b": 1, a: { b: 2 } } }, error: "key 'a.b' occurs twice after flattening" },
    { arguments: { object: [1, 2] }, error: "$.object must be object" },
  ],
  run: ({ object, separator = ".", flatten_arrays = true, max_depth = Number.POSITIVE_INFINITY }) => {
    const flat: JsonRecord = {};
    const visit = (prefix: string, value: JsonValue, depth: number) => {
      const isArray = Array.isArray(value);
      const nested = value !== null && typeof value === "object" && (!isArray || flatten_arrays);
      const entries = nested ? Object.entries(value) : [];
      if (prefix !== "" && (!nested || entries.length === 0 || depth >= max_depth)) {
        if (prefix in flat) {
          throw new ToolArgumentError({
            message: `key '${prefix}' occurs twice after flattening; choose another separator`,
            argument: "separator",
          });
        }
        flat[prefix] = value;
        return;
      }
      for (const [key, item] of entries) {
        visit(prefix === "" ? key : `${prefix}${separator}${key}`, item as JsonValue, depth + 1);
      }
    };
    visit("", object, 0);
    return { flat, key_count: Object.keys(flat).length };
  },
});
