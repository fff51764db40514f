/**
 * Where a converter is when something goes wrong: the format, the row (an id or a line number) and the
 * field path inside the row. `row` and `field` may be absent or `undefined`; `conversionError` leaves
 * out what is not known.
 *
 * @example
 * const context: ConversionContext = { format: "openai", row: 12, field: "messages[2].content" };
 */
export interface ConversionContext {
  /** The format being read or written, e.g. `"openai"`. */
  format: string;
  /** The row's id or line number, where known. */
  row?: string | number | undefined;
  /** Path of the current field inside the row (see `joinField`); empty or absent at the top of the row. */
  field?: string | undefined;
}
