import { z } from "zod";
import { type JsonValue, jsonValueSchema } from "../../json/json-value.js";

/**
 * A parameter or result schema as BFCL writes it: JSON-Schema-like, but `type` is always present and is a BFCL
 * type name (`dict`, `float`, `tuple`, `any`, the Java `HashMap`, `ArrayList`, `long`, the JavaScript
 * `String`, `Boolean`, ...). `items` may be a list of schemas (a fixed-length tuple). Other keywords
 * (`default`, `optional`, `format`, `minItems`, ...) are kept as they are.
 */
export interface BfclSchema {
  type: string;
  description?: string | undefined;
  properties?: Record<string, BfclSchema> | undefined;
  items?: BfclSchema | BfclSchema[] | undefined;
  additionalProperties?: BfclSchema | boolean | undefined;
  required?: string[] | undefined;
  enum?: JsonValue[] | undefined;
  default?: JsonValue | undefined;
  [keyword: string]: unknown;
}

const reservedKeyword = (reason: string) => z.never({ error: reason }).optional();

/**
 * Validates a {@link BfclSchema}. Keywords that the canonical form uses for something else (`x-bfcl-type`,
 * `prefixItems`) and combinators that BFCL cannot express (`anyOf`, `oneOf`, `allOf`) are refused.
 */
export const bfclSchemaSchema: z.ZodType<BfclSchema> = z.lazy(() =>
  z.looseObject({
    type: z.string({ error: "a BFCL schema needs a type name (a string)" }),
    description: z.string().optional(),
    properties: z.record(z.string(), bfclSchemaSchema).optional(),
    items: z.union([bfclSchemaSchema, z.array(bfclSchemaSchema)]).optional(),
    additionalProperties: z.union([bfclSchemaSchema, z.boolean()]).optional(),
    required: z.array(z.string()).optional(),
    enum: z.array(jsonValueSchema).optional(),
    default: jsonValueSchema.optional(),
    "x-bfcl-type": reservedKeyword("x-bfcl-type is the canonical form's keyword, not a BFCL one"),
    prefixItems: reservedKeyword("BFCL writes a tuple's item schemas as a list under items, not prefixItems"),
    anyOf: reservedKeyword("BFCL has no anyOf"),
    oneOf: reservedKeyword("BFCL has no oneOf"),
    allOf: reservedKeyword("BFCL has no allOf"),
  }),
);
