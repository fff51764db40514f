import { ApigenError } from "@apigen/core";
import { LanguageModelError, type LanguageModelErrorOptions } from "./language-model-error.js";

const marker = "apigen.error.ModelTimeoutError";
const symbol = Symbol.for(marker);

/** The provider did not finish answering within the time allowed. Retryable. */
export class ModelTimeoutError extends LanguageModelError {
  protected readonly [symbol] = true;
  override readonly name = "ModelTimeoutError" as const;
  /** The time allowed, in milliseconds. */
  readonly timeoutMs: number;

  constructor({
    timeoutMs,
    ...options
  }: Omit<LanguageModelErrorOptions, "isRetryable"> & { timeoutMs: number }) {
    super({ ...options, isRetryable: true });
    this.timeoutMs = timeoutMs;
  }

  static override isInstance(error: unknown): error is ModelTimeoutError {
    return ApigenError.hasMarker(error, marker);
  }
}
