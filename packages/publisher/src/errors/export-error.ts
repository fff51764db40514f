import { ApigenError } from "@apigen/core";

const marker = "apigen.error.ExportError";
const symbol = Symbol.for(marker);

/** Why an export could not run at all (rows a format cannot hold are skipped and counted instead). */
export type ExportErrorKind = "unknown_format" | "empty_run" | "invalid_split" | "invalid_output";

/**
 * An export that cannot run: an unknown format (the message lists the valid ones), a run with no accepted rows,
 * a split that cannot be made, or an output path of the wrong kind.
 */
export class ExportError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "ExportError" as const;
  /** What went wrong, for callers that branch on it. */
  readonly kind: ExportErrorKind;

  constructor({ kind, message, cause }: { kind: ExportErrorKind; message: string; cause?: unknown }) {
    super({ message, cause });
    this.kind = kind;
  }

  static override isInstance(error: unknown): error is ExportError {
    return ApigenError.hasMarker(error, marker);
  }
}
