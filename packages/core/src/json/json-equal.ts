import { JsonFloat } from "./json-float.js";
import { isJsonObject } from "./json-value.js";

/**
 * Deep equality of JSON values that keeps integers and floats apart: `5` and `JsonFloat(5)` differ, and so do
 * `1` and `true`. Object key order does not matter; array order does.
 */
export function jsonEqual(left: unknown, right: unknown): boolean {
  if (left === right) {
    return true;
  }
  const leftFloat = JsonFloat.isInstance(left) || (typeof left === "number" && !Number.isInteger(left));
  const rightFloat = JsonFloat.isInstance(right) || (typeof right === "number" && !Number.isInteger(right));
  if (leftFloat || rightFloat) {
    return leftFloat && rightFloat && sameNumber(Number(left), Number(right));
  }
  if (typeof left === "bigint" || typeof right === "bigint") {
    return (
      (typeof left === "bigint" || typeof left === "number") &&
      (typeof right === "bigint" || typeof right === "number") &&
      BigInt(left) === BigInt(right)
    );
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => jsonEqual(item, right[index]))
    );
  }
  if (isJsonObject(left) && isJsonObject(right)) {
    const leftKeys = Object.keys(left).filter((key) => left[key] !== undefined);
    const rightKeys = Object.keys(right).filter((key) => right[key] !== undefined);
    return (
      leftKeys.length === rightKeys.length &&
      leftKeys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
    );
  }
  return false;
}

function sameNumber(left: number, right: number): boolean {
  return left === right || (Number.isNaN(left) && Number.isNaN(right));
}
