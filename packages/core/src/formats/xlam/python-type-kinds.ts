import type { JsonSchema } from "../../schemas/json-schema.js";

/** What a type name stands for, whatever its spelling. */
export type AtomKind =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "null"
  | "any"
  | "object"
  | "list"
  | "tuple"
  | "set"
  | "dict"
  | "optional"
  | "union"
  | "callable";

/** Every accepted type name, lower-cased, and its kind (`List`, `Sequence` and `array` are all `list`). */
export const atomKinds: ReadonlyMap<string, AtomKind> = new Map<string, AtomKind>([
  ["str", "string"],
  ["string", "string"],
  ["int", "integer"],
  ["integer", "integer"],
  ["long", "integer"],
  ["float", "number"],
  ["number", "number"],
  ["double", "number"],
  ["bool", "boolean"],
  ["boolean", "boolean"],
  ["none", "null"],
  ["nonetype", "null"],
  ["null", "null"],
  ["any", "any"],
  ["object", "object"],
  ["list", "list"],
  ["sequence", "list"],
  ["iterable", "list"],
  ["array", "list"],
  ["tuple", "tuple"],
  ["set", "set"],
  ["frozenset", "set"],
  ["dict", "dict"],
  ["mapping", "dict"],
  ["optional", "optional"],
  ["union", "union"],
  ["callable", "callable"],
  ["function", "callable"],
]);

/** The schemas of the kinds that take no parameters. */
export const scalarSchemas: Partial<Record<AtomKind, JsonSchema>> = {
  string: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  null: { type: "null" },
  any: {},
  object: { type: "object" },
};
