import { isJsonObject, JsonFloat, type JsonSchema } from "@apigen/core";

const allows = (schema: JsonSchema, type: string): boolean =>
  schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

/**
 * Finds a whole-valued float (`5.0`, kept apart by `parseJson`) where the schema wants an integer: JSON Schema
 * validators see plain numbers and would accept it, but `5.0` is not an integer to a model's trainer, to Python
 * or to BFCL. Follows `properties`, `additionalProperties`, `items`, `prefixItems` and `anyOf`/`oneOf` (a float
 * is wrong only when no branch admits a number). Returns the JSON path of the first such value.
 */
export function findFloatForInteger(
  schema: JsonSchema | boolean | undefined,
  value: unknown,
  path = "$",
): string | undefined {
  if (schema === undefined || typeof schema === "boolean") {
    return undefined;
  }
  if (JsonFloat.isInstance(value)) {
    const branches = [...(schema.anyOf ?? []), ...((schema.oneOf as JsonSchema[] | undefined) ?? [])];
    if (branches.length > 0) {
      return branches.some(
        (branch) => allows(branch, "number") || (branch.type === undefined && branch.anyOf === undefined),
      )
        ? undefined
        : path;
    }
    return allows(schema, "integer") && !allows(schema, "number") ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const itemSchema =
        schema.prefixItems?.[index] ?? (typeof schema.items === "object" ? schema.items : undefined);
      const found = findFloatForInteger(itemSchema, item, `${path}[${index}]`);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }
  if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const propertySchema =
        schema.properties?.[key] ??
        (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined);
      const found = findFloatForInteger(propertySchema, item, `${path}.${key}`);
      if (found !== undefined) {
        return found;
      }
    }
  }
  return undefined;
}
