import type { JsonSchema, JsonValue } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { createArgumentValidator } from "../../validation/create-argument-validator.js";
import { defineTool } from "../define-tool.js";

const validator = createArgumentValidator();

/** Validates a JSON document against a JSON Schema. */
export const validateJsonSchema = defineTool<{ document: JsonValue; schema: Record<string, JsonValue> }>({
  name: "validate_json_schema",
  description:
    "Validate a JSON document against a JSON Schema (draft 2020-12, with formats such as email, date and uri). Returns whether it is valid and, when it is not, the first problem found with its JSON path.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      document: { description: "The JSON value to validate." },
      schema: {
        type: "object",
        description: 'The JSON Schema, e.g. {"type": "object", "required": ["id"]}.',
      },
    },
    required: ["document", "schema"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      valid: { type: "boolean" },
      error: {
        type: ["object", "null"],
        properties: { path: { type: "string" }, message: { type: "string" } },
        required: ["path", "message"],
        additionalProperties: false,
        description: "The first problem found, or null when valid.",
      },
    },
    required: ["valid", "error"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        document: { id: 7, email: "ann@example.com" },
        schema: {
          type: "object",
          properties: { id: { type: "integer" }, email: { type: "string", format: "email" } },
          required: ["id", "email"],
        },
      },
      result: { valid: true, error: null },
    },
    {
      arguments: {
        document: { tags: ["a", 3] },
        schema: { type: "object", properties: { tags: { type: "array", items: { type: "string" } } } },
      },
      result: { valid: false, error: { path: "$.tags[1]", message: "$.tags[1] must be string" } },
    },
  ],
  invalidExamples: [
    { arguments: { document: 1, schema: { type: "integr" } }, error: "schema is not a valid JSON Schema" },
    { arguments: { document: 1 }, error: "missing required argument 'schema'" },
  ],
  run: ({ document, schema }) => {
    try {
      validator.compile(schema as JsonSchema);
    } catch (error) {
      throw new ToolArgumentError({
        message: `schema is not a valid JSON Schema: ${error instanceof Error ? error.message : String(error)}`,
        argument: "schema",
      });
    }
    const checked = validator.validate(schema as JsonSchema, document);
    return checked.success
      ? { valid: true, error: null }
      : { valid: false, error: { path: checked.error.path, message: checked.error.message } };
  },
});
