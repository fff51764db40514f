import type { JsonSchema } from "../../schemas/json-schema.js";
import type { BfclSchema } from "./bfcl-schema.js";
import { anyBfclType, defaultBfclType, jsonTypeOfBfclType } from "./bfcl-type-names.js";

/**
 * Maps a validated BFCL schema to JSON Schema, recursively through `properties`, `items` and an object
 * `additionalProperties`. Key order is kept. The BFCL type name becomes a JSON `type`; a name that is not the
 * writer's default spelling of that type is kept as `x-bfcl-type` right after it, and a name BFCL does not
 * define becomes `x-bfcl-type` alone. `any` drops `type` (any value) unless it is not the first key, where
 * `x-bfcl-type: "any"` holds its place. A list under `items` (a tuple) becomes `prefixItems`.
 *
 * @example
 * bfclSchemaToJsonSchema({ type: "HashMap", description: "d" })
 * // { type: "object", "x-bfcl-type": "HashMap", description: "d" }
 */
export function bfclSchemaToJsonSchema(schema: BfclSchema): JsonSchema {
  const entries: [string, unknown][] = [];
  Object.entries(schema).forEach(([key, value], position) => {
    if (value === undefined) {
      return;
    }
    switch (key) {
      case "type":
        entries.push(...typeEntries(String(value), position));
        return;
      case "properties":
        entries.push([key, mapProperties(value as Record<string, BfclSchema>)]);
        return;
      case "items":
        entries.push(
          Array.isArray(value)
            ? ["prefixItems", value.map((item: BfclSchema) => bfclSchemaToJsonSchema(item))]
            : [key, bfclSchemaToJsonSchema(value as BfclSchema)],
        );
        return;
      case "additionalProperties":
        entries.push([key, typeof value === "object" ? bfclSchemaToJsonSchema(value as BfclSchema) : value]);
        return;
      default:
        entries.push([key, value]);
    }
  });
  return Object.fromEntries(entries) as JsonSchema;
}

function typeEntries(name: string, position: number): [string, unknown][] {
  const jsonType = jsonTypeOfBfclType(name);
  if (jsonType === undefined) {
    return [["x-bfcl-type", name]];
  }
  if (jsonType === null) {
    return position === 0 ? [] : [["x-bfcl-type", anyBfclType]];
  }
  return defaultBfclType(jsonType) === name
    ? [["type", jsonType]]
    : [
        ["type", jsonType],
        ["x-bfcl-type", name],
      ];
}

function mapProperties(properties: Record<string, BfclSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, bfclSchemaToJsonSchema(property)]),
  );
}
