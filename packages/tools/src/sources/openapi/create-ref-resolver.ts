import { isJsonObject, type JsonSchema } from "@apigen/core";
import type { ApiOpenApiDocument } from "./api-openapi.js";
import { OpenApiDocumentError } from "./openapi-document-error.js";

/** Which way a schema is used: request schemas leave out `readOnly` properties, responses `writeOnly` ones. */
export type SchemaDirection = "request" | "response";

/** Follows local `$ref`s of one document. */
export interface RefResolver {
  /** The object a `$ref` chain ends at (the value itself when it is no reference). */
  deref<Value>(value: Value | { $ref: string }, pointer: string): Value;
  /**
   * An OpenAPI schema as a self-contained JSON Schema: local `$ref`s inlined (a recursive one becomes an
   * open schema that says so), 3.0's `nullable` and boolean `exclusiveMinimum`/`exclusiveMaximum` rewritten
   * the 2020-12 way, `example` turned into `examples`, and OpenAPI-only keywords dropped.
   */
  schema(value: unknown, direction: SchemaDirection, pointer: string): JsonSchema;
}

const literalKeywords = new Set(["enum", "const", "default", "examples"]);
const droppedKeywords = new Set(["discriminator", "xml", "externalDocs", "nullable", "example", "$ref"]);

/** Creates the {@link RefResolver} of a document; `label` names the document in errors. */
export function createRefResolver(document: ApiOpenApiDocument, label: string): RefResolver {
  const lookup = (ref: string, pointer: string): unknown => {
    if (!ref.startsWith("#")) {
      throw new OpenApiDocumentError({
        document: label,
        pointer,
        reason: `only local references are supported, not "${ref}"`,
      });
    }
    let node: unknown = document;
    for (const raw of ref.slice(1).split("/").slice(1)) {
      const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      node = isJsonObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
      if (node === undefined) {
        throw new OpenApiDocumentError({ document: label, pointer, reason: `"${ref}" points nowhere` });
      }
    }
    return node;
  };

  const deref = <Value>(value: Value | { $ref: string }, pointer: string): Value => {
    let node: unknown = value;
    const seen = new Set<string>();
    while (isJsonObject(node) && typeof node.$ref === "string") {
      if (seen.has(node.$ref)) {
        throw new OpenApiDocumentError({
          document: label,
          pointer,
          reason: `"${node.$ref}" refers to itself`,
        });
      }
      seen.add(node.$ref);
      node = lookup(node.$ref, pointer);
    }
    return node as Value;
  };

  const convert = (
    node: unknown,
    direction: SchemaDirection,
    stack: readonly string[],
    pointer: string,
  ): unknown => {
    if (Array.isArray(node)) {
      return node.map((item, index) => convert(item, direction, stack, `${pointer}/${index}`));
    }
    if (!isJsonObject(node)) {
      return node;
    }
    const result: Record<string, unknown> = {};
    const hidden = new Set<string>();
    if (typeof node.$ref === "string") {
      const ref = node.$ref;
      if (stack.includes(ref)) {
        result.description = `(recursive reference to ${ref.split("/").pop() ?? ref})`;
      } else {
        Object.assign(result, convert(lookup(ref, pointer), direction, [...stack, ref], ref));
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (droppedKeywords.has(key)) {
        continue;
      }
      if (literalKeywords.has(key)) {
        result[key] = value;
      } else if (key === "properties" && isJsonObject(value)) {
        result.properties = convertProperties(value, direction, stack, pointer, hidden);
      } else if (["exclusiveMinimum", "exclusiveMaximum"].includes(key) && typeof value === "boolean") {
        const bound = key === "exclusiveMinimum" ? "minimum" : "maximum";
        if (value && typeof node[bound] === "number") {
          result[key] = node[bound];
        }
      } else {
        result[key] = convert(value, direction, stack, `${pointer}/${key}`);
      }
    }
    for (const key of ["minimum", "maximum"] as const) {
      const exclusive = key === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum";
      if (node[exclusive] === true) {
        delete result[key];
      }
    }
    if (hidden.size > 0 && Array.isArray(result.required)) {
      result.required = result.required.filter((name) => !hidden.has(String(name)));
    }
    if (node.example !== undefined && node.examples === undefined) {
      result.examples = [node.example];
    }
    if (node.nullable === true && typeof result.type === "string") {
      result.type = [result.type, "null"];
    }
    return result;
  };

  const convertProperties = (
    properties: Record<string, unknown>,
    direction: SchemaDirection,
    stack: readonly string[],
    pointer: string,
    hidden: Set<string>,
  ): Record<string, unknown> => {
    const kept: Record<string, unknown> = {};
    const marker = direction === "request" ? "readOnly" : "writeOnly";
    for (const [name, property] of Object.entries(properties)) {
      const converted = convert(property, direction, stack, `${pointer}/properties/${name}`);
      if (isJsonObject(converted) && converted[marker] === true) {
        hidden.add(name);
        continue;
      }
      kept[name] = converted;
    }
    return kept;
  };

  return {
    deref,
    schema: (value, direction, pointer) => {
      const converted = convert(value ?? {}, direction, [], pointer);
      return (isJsonObject(converted) ? converted : {}) as JsonSchema;
    },
  };
}
