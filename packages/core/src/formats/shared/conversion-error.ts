import { ConversionError } from "../../errors/conversion-error.js";
import type { ConversionContext } from "./conversion-context.js";

/**
 * Builds the {@link ConversionError} for a problem at `context`. An absent or `undefined` row and an absent,
 * `undefined` or empty field are left out of the error (and of its message) rather than passed on, which
 * `exactOptionalPropertyTypes` would refuse.
 *
 * @example
 * throw conversionError({ format: "sharegpt", row: 3, field: "conversations[0].value" }, "a row needs a query");
 * // ConversionError: Cannot convert sharegpt (row 3, field conversations[0].value): a row needs a query
 */
export function conversionError(
  { format, row, field }: ConversionContext,
  reason: string,
  cause?: unknown,
): ConversionError {
  return new ConversionError({
    format,
    reason,
    ...(row === undefined ? {} : { row }),
    ...(field === undefined || field === "" ? {} : { field }),
    ...(cause === undefined ? {} : { cause }),
  });
}
