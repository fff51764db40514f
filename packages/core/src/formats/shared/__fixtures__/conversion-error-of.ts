import { ConversionError } from "../../../errors/conversion-error.js";

/**
 * Calls `run` and returns the {@link ConversionError} it throws; any other error is thrown on, and no error
 * at all fails the test.
 *
 * @example
 * expect(conversionErrorOf(() => xlamRowToExample(row))).toMatchObject({ format: "xlam", field: "query" });
 */
export function conversionErrorOf(run: () => unknown): ConversionError {
  try {
    run();
  } catch (error) {
    if (ConversionError.isInstance(error)) {
      return error;
    }
    throw error;
  }
  throw new Error("expected a ConversionError, but nothing was thrown");
}
