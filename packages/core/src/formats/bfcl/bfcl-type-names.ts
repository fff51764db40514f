/** The JSON Schema `type` each BFCL type name stands for; `null` is `any` (a value of any type, no `type`). */
const jsonTypeByBfclType: ReadonlyMap<string, string | null> = new Map([
  ["dict", "object"],
  ["HashMap", "object"],
  ["Hashtable", "object"],
  ["string", "string"],
  ["String", "string"],
  ["char", "string"],
  ["integer", "integer"],
  ["long", "integer"],
  ["short", "integer"],
  ["byte", "integer"],
  ["Bigint", "integer"],
  ["float", "number"],
  ["double", "number"],
  ["boolean", "boolean"],
  ["Boolean", "boolean"],
  ["array", "array"],
  ["Array", "array"],
  ["ArrayList", "array"],
  ["Queue", "array"],
  ["Stack", "array"],
  ["Set", "array"],
  ["tuple", "array"],
  ["any", null],
]);

/** The spelling the BFCL writer uses for each JSON Schema type when no `x-bfcl-type` says otherwise. */
const defaultBfclTypeByJsonType: ReadonlyMap<string, string> = new Map([
  ["object", "dict"],
  ["string", "string"],
  ["integer", "integer"],
  ["number", "float"],
  ["boolean", "boolean"],
  ["array", "array"],
]);

/** The BFCL name of a schema without a JSON Schema `type` (any value). */
export const anyBfclType = "any";

/**
 * The JSON Schema type of a BFCL type name (Python, Java and JavaScript spellings): a type string, `null` for
 * `any`, or `undefined` for a name BFCL does not define (such as the empty string).
 */
export function jsonTypeOfBfclType(name: string): string | null | undefined {
  return jsonTypeByBfclType.get(name);
}

/** The BFCL spelling of a JSON Schema type (`undefined` type: `any`), or `undefined` where BFCL has none. */
export function defaultBfclType(jsonType: string | undefined): string | undefined {
  return jsonType === undefined ? anyBfclType : defaultBfclTypeByJsonType.get(jsonType);
}
