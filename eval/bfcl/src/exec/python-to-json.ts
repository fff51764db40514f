import { isJsonObject, type JsonObject, type JsonValue, setOwnKey } from "@apigen/core";
import type { DecodedCall } from "../ast/simple-function-checker.js";
import { PythonTuple } from "../python/python-value.js";

/** A decoded Python value as JSON: tuples become lists (as BFCL's executor turned tuple results into lists). */
export function pythonToJson(value: unknown): JsonValue {
  if (value instanceof PythonTuple) {
    return value.items.map(pythonToJson);
  }
  if (Array.isArray(value)) {
    return value.map(pythonToJson);
  }
  if (isJsonObject(value)) {
    const object: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      setOwnKey(object, key, pythonToJson(item));
    }
    return object;
  }
  return value === undefined ? null : (value as JsonValue);
}

/** Decoded calls (`[{name: {argument: value}}]`) as canonical tool calls with JSON arguments. */
export function decodedCallsToToolCalls(
  decoded: readonly DecodedCall[],
): { name: string; arguments: JsonObject }[] {
  return decoded.map((call) => {
    const [name, args] = Object.entries(call)[0] ?? ["", {}];
    return { name, arguments: pythonToJson(args) as JsonObject };
  });
}
