import { isJsonFloat, isJsonObject } from "@apigen/core";

/** A JSON value's type: numbers are one type whether written `5` or `5.0`. */
export function jsonTypeName(value: unknown): "null" | "boolean" | "number" | "string" | "array" | "object" {
  if (value === null || value === undefined) {
    return "null";
  }
  if (typeof value === "number" || typeof value === "bigint" || isJsonFloat(value)) {
    return "number";
  }
  if (typeof value === "boolean") {
    return "boolean";
  }
  if (typeof value === "string") {
    return "string";
  }
  return Array.isArray(value) ? "array" : "object";
}

/** Where and how two values differ in structure, with BFCL's error type for it. */
export interface StructuralMismatch {
  errorType: string;
  message: string;
}

const prefix = "executable_checker:wrong_result_type";

/**
 * Compares structure only, recursively: the same JSON type at every path, objects with the same key set
 * (`…:dict_key_not_found` / `…:dict_extra_key`), lists of the same length (`…:list_length`); leaf values are
 * not compared. `leaf` may add a check of leaves (used by real-time matching). Returns the first difference.
 */
export function structuralMismatch(
  actual: unknown,
  expected: unknown,
  leaf?: (actual: unknown, expected: unknown, path: string) => StructuralMismatch | undefined,
  path = "$",
): StructuralMismatch | undefined {
  const actualType = jsonTypeName(actual);
  const expectedType = jsonTypeName(expected);
  if (actualType !== expectedType) {
    return { errorType: prefix, message: `${path}: expected a ${expectedType}, got a ${actualType}` };
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) {
      return {
        errorType: `${prefix}:list_length`,
        message: `${path}: expected a list of ${expected.length}, got ${actual.length}`,
      };
    }
    for (const [index, item] of actual.entries()) {
      const found = structuralMismatch(item, expected[index], leaf, `${path}[${index}]`);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }
  if (isJsonObject(actual) && isJsonObject(expected)) {
    const missing = Object.keys(expected).find((key) => !Object.hasOwn(actual, key));
    if (missing !== undefined) {
      return { errorType: `${prefix}:dict_key_not_found`, message: `${path}: key "${missing}" is missing` };
    }
    const extra = Object.keys(actual).find((key) => !Object.hasOwn(expected, key));
    if (extra !== undefined) {
      return { errorType: `${prefix}:dict_extra_key`, message: `${path}: unexpected key "${extra}"` };
    }
    for (const key of Object.keys(expected)) {
      const found = structuralMismatch(actual[key], expected[key], leaf, `${path}.${key}`);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }
  return leaf?.(actual, expected, path);
}
