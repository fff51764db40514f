import { jsonEqual } from "../../json/json-equal.js";
import type { JsonSchema } from "../../schemas/json-schema.js";

/**
 * True when every keyword of `part` is also in `whole` with a deep-equal value (integers and floats kept
 * apart): `whole` says at least everything `part` says, so the rest of `whole` can travel beside it.
 */
export function isSubschema(part: JsonSchema, whole: JsonSchema): boolean {
  return Object.entries(part).every(
    ([keyword, value]) => Object.hasOwn(whole, keyword) && jsonEqual(value, whole[keyword]),
  );
}
