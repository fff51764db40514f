import { ApigenError } from "@apigen/core";

const marker = "apigen.error.RunDirectoryError";
const symbol = Symbol.for(marker);

/** A run directory that cannot be used as asked: locked by another process, or made with another config. */
export class RunDirectoryError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "RunDirectoryError" as const;

  constructor(message: string, options: { cause?: unknown } = {}) {
    super({ message, cause: options.cause });
  }

  static override isInstance(error: unknown): error is RunDirectoryError {
    return ApigenError.hasMarker(error, marker);
  }
}
