import { ApigenError } from "./apigen-error.js";

const marker = "apigen.error.ConversionError";
const symbol = Symbol.for(marker);

/**
 * Input in some format (xLAM, OpenAI, BFCL, Hermes, ShareGPT, JSON Lines) that cannot be converted. The
 * message names the format, the row (an id or a line number) and the field, so the user can find it.
 */
export class ConversionError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "ConversionError" as const;
  /** The format being read or written, e.g. `"xlam"`. */
  readonly format: string;
  /** Dotted path of the offending field inside the row, e.g. `tools[0].parameters.x.type`. */
  readonly field: string | undefined;
  /** The row's id or line number, where known. */
  readonly row: string | number | undefined;

  constructor({
    format,
    field,
    row,
    reason,
    cause,
  }: { format: string; field?: string; row?: string | number; reason: string; cause?: unknown }) {
    const where = [
      row === undefined ? undefined : `row ${row}`,
      field === undefined ? undefined : `field ${field}`,
    ]
      .filter((part) => part !== undefined)
      .join(", ");
    super({ message: `Cannot convert ${format}${where === "" ? "" : ` (${where})`}: ${reason}`, cause });
    this.format = format;
    this.field = field;
    this.row = row;
  }

  static override isInstance(error: unknown): error is ConversionError {
    return ApigenError.hasMarker(error, marker);
  }
}
