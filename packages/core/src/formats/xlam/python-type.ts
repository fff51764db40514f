import { isJsonObject } from "../../json/json-value.js";
import type { JsonSchema } from "../../schemas/json-schema.js";
import { conversionError } from "../shared/conversion-error.js";
import { isSubschema } from "./is-subschema.js";
import { integerKeyPattern } from "./python-type-atoms.js";
import type { ParsedPythonType } from "./python-type-parser.js";
import { lookUpPythonType, readPythonType } from "./read-python-type.js";

export type { ParsedPythonType } from "./python-type-parser.js";

/**
 * Parses an xLAM-style Python type string (`"str"`, `"List[Dict[str, Any]]"`, `"int, optional, default=10"`)
 * into a JSON Schema and its modifiers. Names are matched case-insensitively; `object` means a JSON object
 * (`{type: "object"}`), `Any` means anything (`{}`); `Dict` keys must be `str` (plain) or `int` (kept as
 * `propertyNames: {pattern: "^-?[0-9]+$"}`); callables become strings carrying their exact text in
 * `x-python-type`. Anything else (an unknown name, unbalanced brackets, an empty string, trailing text)
 * throws a `ConversionError` (format `"xlam"`) that quotes the whole string and says what is wrong.
 *
 * @example
 * parsePythonType("List[int], optional") // { schema: { type: "array", items: { type: "integer" } }, optional: true }
 */
export function parsePythonType(text: string): ParsedPythonType {
  return readPythonType(text, (reason) => {
    throw conversionError({ format: "xlam" }, reason);
  });
}

/**
 * Writes a JSON Schema as a canonical Python type string (`str`, `int`, `float`, `bool`, `None`, `Any`,
 * `List[T]`, `Tuple[A, B]`, `Set[T]`, `Dict[str, V]`, `Optional[T]`, `Union[A, B]`, or a callable's
 * `x-python-type`). Where the schema says more than a type string can, it writes the largest part that can be
 * said: `parsePythonType(renderPythonType(s)).schema` is always a subschema of `s` (every keyword deep-equal),
 * so the caller can carry the remaining keywords beside the string.
 *
 * @example
 * renderPythonType({ type: "array", items: { type: "integer" }, minItems: 1 }) // "List[int]"
 */
export function renderPythonType(schema: JsonSchema): string {
  for (const candidate of candidates(schema)) {
    if (expresses(candidate, schema)) {
      return candidate;
    }
  }
  return "Any";
}

function expresses(candidate: string, schema: JsonSchema): boolean {
  const parsed = lookUpPythonType(candidate);
  return (
    parsed !== undefined &&
    !parsed.optional &&
    parsed.defaultText === undefined &&
    isSubschema(parsed.schema, schema)
  );
}

const scalarNames: Record<string, string> = {
  string: "str",
  integer: "int",
  number: "float",
  boolean: "bool",
  null: "None",
};

function* candidates(schema: JsonSchema): Generator<string> {
  const pythonType = schema["x-python-type"];
  if (typeof pythonType === "string") {
    yield pythonType;
  }
  if (Array.isArray(schema.anyOf) && schema.anyOf.every(isJsonObject)) {
    const members = schema.anyOf.map(renderPythonType);
    const [first, second] = members;
    if (members.length === 2 && second === "None" && first !== undefined) {
      yield `Optional[${first}]`;
    }
    yield `Union[${members.join(", ")}]`;
  }
  const type = schema.type;
  if (typeof type !== "string") {
    return;
  }
  const scalar = scalarNames[type];
  if (scalar !== undefined) {
    yield scalar;
  } else if (type === "array") {
    yield* arrayCandidates(schema);
  } else if (type === "object") {
    const values = schema.additionalProperties;
    if (isJsonObject(values)) {
      const value = renderPythonType(values);
      const names = schema.propertyNames;
      const integerKeys = isJsonObject(names) && names.pattern === integerKeyPattern;
      yield `Dict[${integerKeys ? "int" : "str"}, ${value}]`;
    }
    yield "Dict";
  }
}

function* arrayCandidates(schema: JsonSchema): Generator<string> {
  const items = isJsonObject(schema.items) ? renderPythonType(schema.items) : undefined;
  if (schema.uniqueItems === true) {
    if (items !== undefined) {
      yield `Set[${items}]`;
    }
    yield "Set";
  }
  if (
    Array.isArray(schema.prefixItems) &&
    schema.prefixItems.length > 0 &&
    schema.prefixItems.every(isJsonObject)
  ) {
    yield `Tuple[${schema.prefixItems.map(renderPythonType).join(", ")}]`;
  }
  if (items !== undefined) {
    yield `List[${items}]`;
  }
  yield "List";
}
