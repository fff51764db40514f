import { isJsonObject, JsonFloat, type JsonValue } from "@apigen/core";

/** A Python tuple, as the Python-call decoder produces for `(1, 2)`; JSON has no tuples. */
export class PythonTuple {
  constructor(readonly items: readonly PythonValue[]) {}
}

/** A value as the BFCL checker sees it: JSON values (integers and floats apart) plus Python tuples. */
export type PythonValue =
  | JsonValue
  | PythonTuple
  | readonly PythonValue[]
  | { readonly [key: string]: PythonValue };

/** Python's exact `type(x).__name__` for a value. */
export type PythonTypeName = "bool" | "int" | "float" | "str" | "NoneType" | "list" | "tuple" | "dict";

/** `type(value)` in Python: exact, so `bool` is not `int` and `5.0` is `float`. */
export function pythonType(value: unknown): PythonTypeName {
  switch (typeof value) {
    case "boolean":
      return "bool";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "bigint":
      return "int";
    case "string":
      return "str";
    default:
      if (value === null || value === undefined) {
        return "NoneType";
      }
      if (JsonFloat.isInstance(value)) {
        return "float";
      }
      if (value instanceof PythonTuple) {
        return "tuple";
      }
      return Array.isArray(value) ? "list" : "dict";
  }
}

function numeric(value: unknown): number | undefined {
  if (typeof value === "boolean") {
    return value ? 1 : 0;
  }
  if (typeof value === "number") {
    return value;
  }
  if (typeof value === "bigint") {
    return Number(value);
  }
  return JsonFloat.isInstance(value) ? value.value : undefined;
}

/** Python's `==`: `1 == 1.0 == True`, lists element-wise, a list never equals a tuple, dicts by keys and values. */
export function pythonEquals(left: unknown, right: unknown): boolean {
  const leftNumber = numeric(left);
  const rightNumber = numeric(right);
  if (leftNumber !== undefined || rightNumber !== undefined) {
    return leftNumber !== undefined && rightNumber !== undefined && leftNumber === rightNumber;
  }
  if (typeof left === "string" || typeof right === "string") {
    return left === right;
  }
  if (left === null || right === null) {
    return left === right;
  }
  if (left instanceof PythonTuple || right instanceof PythonTuple) {
    return (
      left instanceof PythonTuple && right instanceof PythonTuple && sequenceEquals(left.items, right.items)
    );
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return Array.isArray(left) && Array.isArray(right) && sequenceEquals(left, right);
  }
  if (isJsonObject(left) && isJsonObject(right)) {
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.hasOwn(right, key) && pythonEquals(left[key], right[key]))
    );
  }
  return false;
}

function sequenceEquals(left: readonly unknown[], right: readonly unknown[]): boolean {
  return left.length === right.length && left.every((item, index) => pythonEquals(item, right[index]));
}

/**
 * Python's `item in container`: membership by `==` for lists and tuples, key membership for dicts, and
 * substring for strings (so `"" in "abc"` is true, a quirk some BFCL answers rely on).
 */
export function pythonContains(container: unknown, item: unknown): boolean {
  if (typeof container === "string") {
    return typeof item === "string" && container.includes(item);
  }
  if (container instanceof PythonTuple) {
    return container.items.some((element) => pythonEquals(element, item));
  }
  if (Array.isArray(container)) {
    return container.some((element) => pythonEquals(element, item));
  }
  if (isJsonObject(container)) {
    return typeof item === "string" && Object.hasOwn(container, item);
  }
  return false;
}

/** Python's iteration over a value, for `for x in value` and `len(value)`: strings give characters. */
export function pythonItems(value: unknown): unknown[] {
  if (typeof value === "string") {
    return [...value];
  }
  if (value instanceof PythonTuple) {
    return [...value.items];
  }
  if (Array.isArray(value)) {
    return value;
  }
  if (isJsonObject(value)) {
    return Object.keys(value);
  }
  throw new TypeError(`object of type '${pythonType(value)}' is not iterable`);
}
