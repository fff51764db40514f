import type { JsonObject, JsonValue } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";

/** A record of a data-handling tool: a JSON object. */
export type JsonRecord = Record<string, JsonValue>;

/** The JSON Schema of a list of records. */
export const recordsSchema = {
  type: "array",
  items: { type: "object" },
  maxItems: 10000,
  description: "The records: a list of JSON objects.",
} as const;

/** Orders two JSON values: null/missing last, numbers numerically, the rest as text. */
export function compareValues(left: JsonValue | undefined, right: JsonValue | undefined): number {
  const leftMissing = left === undefined || left === null;
  const rightMissing = right === undefined || right === null;
  if (leftMissing || rightMissing) {
    return leftMissing === rightMissing ? 0 : leftMissing ? 1 : -1;
  }
  if (typeof left === "number" && typeof right === "number") {
    return left - right;
  }
  const a = typeof left === "object" ? JSON.stringify(left) : String(left);
  const b = typeof right === "object" ? JSON.stringify(right) : String(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Throws when no record has the field, naming the fields that do exist. */
export function requireField(records: readonly JsonRecord[], field: string, argument: string): void {
  if (records.length > 0 && !records.some((record) => field in record)) {
    const known = [...new Set(records.flatMap((record) => Object.keys(record)))].slice(0, 12);
    throw new ToolArgumentError({
      message: `field '${field}' does not occur in any record; available fields: ${known.join(", ")}`,
      argument,
    });
  }
}

/** A stable text key for a JSON value, independent of object key order. */
export function canonical(value: JsonValue | undefined): string {
  if (value === undefined) {
    return "~";
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as JsonObject)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
