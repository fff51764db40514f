import type { PythonTypeName } from "../python/python-value.js";

/** BFCL's Python type names → the Python type a value must have (`any` is checked as `str`). */
export const pythonTypeMapping: Readonly<Record<string, PythonTypeName>> = {
  string: "str",
  integer: "int",
  float: "float",
  boolean: "bool",
  array: "list",
  tuple: "list",
  dict: "dict",
  any: "str",
};

/** Python types whose items are checked one level down. */
export const pythonNestedTypes: ReadonlySet<string> = new Set(["array", "tuple"]);

/** BFCL's Java type names → the Python type the converted value must have. */
export const javaTypeConversion: Readonly<Record<string, PythonTypeName | "set">> = {
  byte: "int",
  short: "int",
  integer: "int",
  long: "int",
  float: "float",
  double: "float",
  boolean: "bool",
  char: "str",
  String: "str",
  any: "str",
  Array: "list",
  ArrayList: "list",
  Queue: "list",
  Stack: "list",
  Set: "set",
  HashMap: "dict",
  Hashtable: "dict",
};

/** Java types converted with their item type. */
export const javaNestedTypes: ReadonlySet<string> = new Set(["ArrayList", "Array"]);

/** BFCL's JavaScript type names → the Python type the converted value must have. */
export const javaScriptTypeConversion: Readonly<Record<string, PythonTypeName>> = {
  String: "str",
  integer: "int",
  float: "float",
  Bigint: "int",
  Boolean: "bool",
  dict: "dict",
  array: "list",
  any: "str",
};

/** JavaScript types converted with their item type. */
export const javaScriptNestedTypes: ReadonlySet<string> = new Set(["array"]);
