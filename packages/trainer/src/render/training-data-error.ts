import { ApigenError } from "@apigen/core";

const marker = "apigen.error.TrainingDataError";
const symbol = Symbol.for(marker);

/**
 * Training data that cannot be used as it is: rows whose rendered target does not parse back to the same
 * calls, a source that cannot be read, or nothing left to train on. `rows` names the rows concerned (by id).
 */
export class TrainingDataError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "TrainingDataError" as const;
  /** One line per row concerned, `id: reason`; at most 20 are shown in the message. */
  readonly rows: readonly string[];

  constructor({ reason, rows = [], cause }: { reason: string; rows?: readonly string[]; cause?: unknown }) {
    const shown = rows.slice(0, 20).map((row) => `  ${row}`);
    const more = rows.length > 20 ? [`  ... and ${rows.length - 20} more`] : [];
    super({ message: [`Training data: ${reason}`, ...shown, ...more].join("\n"), cause });
    this.rows = rows;
  }

  static override isInstance(error: unknown): error is TrainingDataError {
    return ApigenError.hasMarker(error, marker);
  }
}
