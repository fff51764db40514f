import type { JsonSchema } from "../../schemas/json-schema.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { bfclFormat } from "./bfcl-format.js";
import type { BfclSchema } from "./bfcl-schema.js";
import { defaultBfclType, jsonTypeOfBfclType } from "./bfcl-type-names.js";

const combinators = new Set(["anyOf", "oneOf", "allOf"]);

/**
 * Maps a JSON Schema to a BFCL schema, the inverse of `bfclSchemaToJsonSchema`. The BFCL type name is
 * `x-bfcl-type` when present (it must spell the same JSON type), else the default spelling (`object` → `dict`,
 * `number` → `float`, no type → `any`, written first). Throws a `ConversionError` naming the field for what
 * BFCL cannot express: a list of types, `anyOf`/`oneOf`/`allOf`, `items: true|false`, or a type such as `null`.
 * `row` and `field` (the schema's path inside its row) locate those errors.
 *
 * @example
 * jsonSchemaToBfclSchema({ type: "array", items: { type: "number" } }) // { type: "array", items: { type: "float" } }
 */
export function jsonSchemaToBfclSchema(
  schema: JsonSchema,
  { row, field = "" }: { row?: string | number | undefined; field?: string } = {},
): BfclSchema {
  return toBfclSchema(schema, { format: bfclFormat, row, field });
}

function toBfclSchema(schema: JsonSchema, context: ConversionContext): BfclSchema {
  const jsonType = readJsonType(schema, context);
  const declared = schema["x-bfcl-type"];
  if (declared !== undefined && typeof declared !== "string") {
    throw conversionError(at(context, "x-bfcl-type"), "x-bfcl-type must be a string");
  }
  const name = bfclTypeName(jsonType, declared, context);
  const entries: [string, unknown][] =
    jsonType === undefined && declared === undefined ? [["type", name]] : [];
  for (const [key, value] of Object.entries(schema)) {
    if (value === undefined) {
      continue;
    }
    if (combinators.has(key)) {
      throw conversionError(at(context, key), `BFCL has no ${key}; this schema has no BFCL spelling`);
    }
    switch (key) {
      case "type":
        entries.push(["type", name]);
        break;
      case "x-bfcl-type":
        if (jsonType === undefined) {
          entries.push(["type", name]);
        }
        break;
      case "properties":
        entries.push([key, mapProperties(value as Record<string, JsonSchema>, at(context, key))]);
        break;
      case "items":
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          throw conversionError(at(context, key), "BFCL items must be a schema");
        }
        entries.push([key, toBfclSchema(value as JsonSchema, at(context, key))]);
        break;
      case "prefixItems":
        entries.push(["items", mapPrefixItems(schema, at(context, key))]);
        break;
      case "additionalProperties":
        entries.push([
          key,
          typeof value === "object" ? toBfclSchema(value as JsonSchema, at(context, key)) : value,
        ]);
        break;
      default:
        entries.push([key, value]);
    }
  }
  return Object.fromEntries(entries) as BfclSchema;
}

function at(context: ConversionContext, key: string | number): ConversionContext {
  return { ...context, field: joinField(context.field, key) };
}

function readJsonType(schema: JsonSchema, context: ConversionContext): string | undefined {
  const { type } = schema;
  if (Array.isArray(type)) {
    throw conversionError(at(context, "type"), `a list of types (${type.join(", ")}) has no BFCL spelling`);
  }
  if (type !== undefined && typeof type !== "string") {
    throw conversionError(at(context, "type"), "type must be a string");
  }
  return type;
}

function bfclTypeName(
  jsonType: string | undefined,
  declared: string | undefined,
  context: ConversionContext,
): string {
  if (declared === undefined) {
    const name = defaultBfclType(jsonType);
    if (name === undefined) {
      throw conversionError(at(context, "type"), `type ${jsonType} has no BFCL spelling`);
    }
    return name;
  }
  const spelled = jsonTypeOfBfclType(declared) ?? undefined;
  if (spelled !== jsonType) {
    const described = jsonType === undefined ? "a schema without type" : `type ${jsonType}`;
    throw conversionError(
      at(context, "x-bfcl-type"),
      `x-bfcl-type ${JSON.stringify(declared)} does not spell ${described}`,
    );
  }
  return declared;
}

function mapProperties(
  properties: Record<string, JsonSchema>,
  context: ConversionContext,
): Record<string, BfclSchema> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, toBfclSchema(property, at(context, name))]),
  );
}

function mapPrefixItems(schema: JsonSchema, context: ConversionContext): BfclSchema[] {
  if (schema.items !== undefined) {
    throw conversionError(context, "BFCL cannot hold both prefixItems and items");
  }
  const { prefixItems } = schema;
  if (!Array.isArray(prefixItems)) {
    throw conversionError(context, "prefixItems must be a list of schemas");
  }
  return prefixItems.map((item, index) => toBfclSchema(item, at(context, index)));
}
