import { z } from "zod";
import { type JsonValue, jsonValueSchema } from "../json/json-value.js";

/**
 * A JSON Schema (2020-12 vocabulary) describing a value: a parameter, a result, or a tool's whole argument
 * object. The keywords apigen reads are typed; any other keyword (`minimum`, `format`, `x-...` annotations)
 * is kept as it is.
 */
export interface JsonSchema {
  type?: string | string[] | undefined;
  description?: string | undefined;
  properties?: Record<string, JsonSchema> | undefined;
  required?: string[] | undefined;
  items?: JsonSchema | boolean | undefined;
  prefixItems?: JsonSchema[] | undefined;
  additionalProperties?: JsonSchema | boolean | undefined;
  anyOf?: JsonSchema[] | undefined;
  enum?: JsonValue[] | undefined;
  default?: JsonValue | undefined;
  [keyword: string]: unknown;
}

/** Validates a {@link JsonSchema}. */
export const jsonSchemaSchema: z.ZodType<JsonSchema> = z.lazy(() =>
  z.looseObject({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    description: z.string().optional(),
    properties: z.record(z.string(), jsonSchemaSchema).optional(),
    required: z.array(z.string()).optional(),
    items: z.union([jsonSchemaSchema, z.boolean()]).optional(),
    prefixItems: z.array(jsonSchemaSchema).optional(),
    additionalProperties: z.union([jsonSchemaSchema, z.boolean()]).optional(),
    anyOf: z.array(jsonSchemaSchema).optional(),
    enum: z.array(jsonValueSchema).optional(),
    default: jsonValueSchema.optional(),
  }),
);

/** The schema of a tool's arguments: always an object, with named properties and a `required` list. */
export interface ObjectSchema extends JsonSchema {
  type: "object";
}

/** Validates an {@link ObjectSchema}. */
export const objectSchemaSchema: z.ZodType<ObjectSchema> = z.lazy(() =>
  z.intersection(jsonSchemaSchema, z.looseObject({ type: z.literal("object") })),
) as z.ZodType<ObjectSchema>;
