import { ApigenError } from "@apigen/core";

const marker = "apigen.error.VerifyInputError";
const symbol = Symbol.for(marker);

/** A candidates file `apigen verify` cannot read: the message names the file and the line. */
export class VerifyInputError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "VerifyInputError" as const;
  /** The file being read. */
  readonly path: string;
  /** 1-based line of the offending row. */
  readonly line: number;

  constructor({
    path,
    line,
    reason,
    cause,
  }: { path: string; line: number; reason: string; cause?: unknown }) {
    super({ message: `${path} line ${line}: ${reason}`, cause });
    this.path = path;
    this.line = line;
  }

  static override isInstance(error: unknown): error is VerifyInputError {
    return ApigenError.hasMarker(error, marker);
  }
}
