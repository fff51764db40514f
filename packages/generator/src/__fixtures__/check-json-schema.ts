import type { JsonSchema } from "@apigen/core";

/**
 * A small JSON Schema checker for tests, covering the keywords the response schemas use: type, properties,
 * required, additionalProperties, items, minItems, maxItems, minLength and enum. Returns the paths that fail.
 */
export function checkJsonSchema(schema: JsonSchema, value: unknown, path = "$"): string[] {
  const problems: string[] = [];
  const type = typeof schema.type === "string" ? schema.type : undefined;
  const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  if (type !== undefined && type !== kind) {
    return [`${path}: expected ${type}, got ${kind}`];
  }
  if (schema.enum !== undefined && !schema.enum.includes(value as never)) {
    problems.push(`${path}: not in enum`);
  }
  if (typeof value === "string" && typeof schema.minLength === "number" && value.length < schema.minLength) {
    problems.push(`${path}: shorter than ${schema.minLength}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) {
      problems.push(`${path}: fewer than ${schema.minItems} items`);
    }
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
      problems.push(`${path}: more than ${schema.maxItems} items`);
    }
    if (typeof schema.items === "object") {
      const items = schema.items;
      value.forEach((item, index) => {
        problems.push(...checkJsonSchema(items, item, `${path}[${index}]`));
      });
    }
  }
  if (kind === "object") {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in record)) {
        problems.push(`${path}.${name}: missing`);
      }
    }
    for (const [name, item] of Object.entries(record)) {
      const property = schema.properties?.[name];
      if (property !== undefined) {
        problems.push(...checkJsonSchema(property, item, `${path}.${name}`));
      } else if (schema.additionalProperties === false) {
        problems.push(`${path}.${name}: not allowed`);
      }
    }
  }
  return problems;
}
