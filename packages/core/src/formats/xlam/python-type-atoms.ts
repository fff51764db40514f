import { jsonEqual } from "../../json/json-equal.js";
import type { JsonSchema } from "../../schemas/json-schema.js";
import { type AtomKind, atomKinds, scalarSchemas } from "./python-type-kinds.js";

/** One parameter inside `Name[...]`: a type, `...`, or a bracketed list of types (a callable's arguments). */
export type AtomParameter =
  | { kind: "type"; schema: JsonSchema }
  | { kind: "ellipsis" }
  | { kind: "list"; items: JsonSchema[] };

/** The key schema that `Dict[int, V]` gives `propertyNames`: JSON object keys that spell an integer. */
export const integerKeyPattern = "^-?[0-9]+$";

/** What {@link buildAtom} needs: the atom's name, its bracket parameters, its exact text, and how to fail. */
export interface AtomSource {
  name: string;
  parameters: AtomParameter[] | undefined;
  text: string;
  fail: (reason: string) => never;
}

/** Turns one parsed atom (`List[int]`, `Dict[str, Any]`, `Callable[[float], float]`) into its JSON Schema. */
export function buildAtom({ name, parameters, text, fail }: AtomSource): JsonSchema {
  const kind = atomKinds.get(name.toLowerCase());
  if (kind === undefined) {
    return fail(`names the unknown type ${JSON.stringify(name)}`);
  }
  const scalar = scalarSchemas[kind];
  if (scalar !== undefined) {
    if (parameters !== undefined) {
      fail(`gives parameters to ${JSON.stringify(name)}, which takes none`);
    }
    return { ...scalar };
  }
  if (kind === "callable") {
    const valid =
      parameters === undefined ||
      (parameters.length === 2 && parameters[0]?.kind !== "type" && parameters[1]?.kind === "type");
    if (!valid) {
      fail(`gives ${JSON.stringify(name)} parameters other than [[argument types], return type]`);
    }
    return { type: "string", "x-python-type": text };
  }
  const types = typeParameters({ name, parameters, fail, allowEllipsis: kind === "tuple" });
  return buildGeneric({ kind, name, types, fail });
}

function buildGeneric({
  kind,
  name,
  types,
  fail,
}: {
  kind: AtomKind;
  name: string;
  types: (JsonSchema | "...")[] | undefined;
  fail: (reason: string) => never;
}): JsonSchema {
  const quoted = JSON.stringify(name);
  const schemas = (types ?? []).filter((type): type is JsonSchema => type !== "...");
  const [first, second] = schemas;
  switch (kind) {
    case "list":
    case "set": {
      if (schemas.length > 1) {
        fail(`gives ${quoted} more than one item type`);
      }
      const unique: JsonSchema = kind === "set" ? { uniqueItems: true } : {};
      return first === undefined ? { type: "array", ...unique } : { type: "array", items: first, ...unique };
    }
    case "tuple":
      return buildTuple({ quoted, types, fail });
    case "dict":
      if (types === undefined) {
        return { type: "object" };
      }
      if (first === undefined || second === undefined || schemas.length !== 2) {
        return fail(`gives ${quoted} ${schemas.length} parameter(s); it takes a key type and a value type`);
      }
      if (jsonEqual(first, { type: "integer" })) {
        return {
          type: "object",
          propertyNames: { pattern: integerKeyPattern },
          additionalProperties: second,
        };
      }
      if (!jsonEqual(first, { type: "string" })) {
        fail(`gives ${quoted} a key type other than str or int`);
      }
      return { type: "object", additionalProperties: second };
    case "optional":
      if (first === undefined || schemas.length !== 1) {
        return fail(`gives ${quoted} ${schemas.length} parameters; it takes exactly one`);
      }
      return unionOf([first, { type: "null" }]);
    default:
      if (first === undefined) {
        return fail(`uses ${quoted} without member types`);
      }
      return unionOf(schemas);
  }
}

function buildTuple({
  quoted,
  types,
  fail,
}: {
  quoted: string;
  types: (JsonSchema | "...")[] | undefined;
  fail: (reason: string) => never;
}): JsonSchema {
  if (types === undefined) {
    return { type: "array" };
  }
  const [first, second] = types;
  if (types.length === 2 && second === "..." && first !== undefined && first !== "...") {
    return { type: "array", items: first };
  }
  const prefixItems = types.filter((type): type is JsonSchema => type !== "...");
  if (prefixItems.length !== types.length) {
    fail(`uses '...' in ${quoted} other than as Tuple[T, ...]`);
  }
  return { type: "array", prefixItems, minItems: prefixItems.length, maxItems: prefixItems.length };
}

function typeParameters({
  name,
  parameters,
  fail,
  allowEllipsis,
}: {
  name: string;
  parameters: AtomParameter[] | undefined;
  fail: (reason: string) => never;
  allowEllipsis: boolean;
}): (JsonSchema | "...")[] | undefined {
  return parameters?.map((parameter) => {
    if (parameter.kind === "type") {
      return parameter.schema;
    }
    if (parameter.kind === "ellipsis" && allowEllipsis) {
      return "...";
    }
    return fail(
      `gives ${JSON.stringify(name)} ${parameter.kind === "list" ? "a bracketed list" : "'...'"} where a type was expected`,
    );
  });
}

/** `anyOf` of the members, with nested unions flattened and repeats dropped; a single member stands alone. */
export function unionOf(members: JsonSchema[]): JsonSchema {
  const flat: JsonSchema[] = [];
  for (const member of members) {
    const nested = Object.keys(member).length === 1 && Array.isArray(member.anyOf) ? member.anyOf : [member];
    for (const item of nested) {
      if (!flat.some((existing) => jsonEqual(existing, item))) {
        flat.push(item);
      }
    }
  }
  const [only] = flat;
  return flat.length === 1 && only !== undefined ? only : { anyOf: flat };
}
