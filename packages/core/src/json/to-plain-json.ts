import { JsonFloat } from "./json-float.js";

/**
 * A copy of a JSON value with plain JavaScript numbers only: `JsonFloat(5)` becomes `5` and a `bigint` becomes
 * the nearest `number`. For code that computes with values (tool implementations, JSON Schema validators) and
 * does not care whether `5` was written `5.0`; keep the original where that difference matters.
 */
export function toPlainJson(value: unknown): unknown {
  if (JsonFloat.isInstance(value)) {
    return value.value;
  }
  if (typeof value === "bigint") {
    return Number(value);
  }
  if (Array.isArray(value)) {
    return value.map(toPlainJson);
  }
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, key, {
        value: toPlainJson(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return value;
}
