import { z } from "zod";
import { JsonFloat } from "./json-float.js";

/** A JSON scalar as apigen holds it: integers beyond 2^53 are `bigint`, whole-valued floats are `JsonFloat`. */
export type JsonPrimitive = string | number | boolean | null | bigint | JsonFloat;
/** Any JSON value, with integers and floats kept apart (see {@link JsonFloat}). */
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** Validates any JSON value, `JsonFloat` and `bigint` included. */
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.bigint(),
    z.custom<JsonFloat>((value) => JsonFloat.isInstance(value), { message: "Expected a JSON value" }),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

/** Validates a JSON object (not an array, not null). */
export const jsonObjectSchema: z.ZodType<JsonObject> = z.record(z.string(), jsonValueSchema);

/** True for a plain JSON object: not null, not an array, not a `JsonFloat`. */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !JsonFloat.isInstance(value);
}

/** True for a JSON integer: a whole `number` or a `bigint`, but never a `JsonFloat` or a boolean. */
export function isJsonInteger(value: unknown): value is number | bigint {
  return (typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint";
}

/** True for a JSON float: a `JsonFloat` or a `number` with a fractional part (or a non-finite one). */
export function isJsonFloat(value: unknown): value is number | JsonFloat {
  return JsonFloat.isInstance(value) || (typeof value === "number" && !Number.isInteger(value));
}

/** The numeric value of a JSON number of either kind, or `undefined` for anything else. */
export function jsonNumberValue(value: unknown): number | undefined {
  if (typeof value === "number") {
    return value;
  }
  if (typeof value === "bigint") {
    return Number(value);
  }
  return JsonFloat.isInstance(value) ? value.value : undefined;
}
