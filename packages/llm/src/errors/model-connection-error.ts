import { ApigenError } from "@apigen/core";
import { LanguageModelError, type LanguageModelErrorOptions } from "./language-model-error.js";

const marker = "apigen.error.ModelConnectionError";
const symbol = Symbol.for(marker);

/**
 * No answer could be read from the provider: nothing listens at the address (`ECONNREFUSED`), the host is
 * unknown, or the connection was reset or cut while the answer was on its way. Always retryable.
 */
export class ModelConnectionError extends LanguageModelError {
  protected readonly [symbol] = true;
  override readonly name = "ModelConnectionError" as const;
  /** The system error code where one was given, e.g. `"ECONNREFUSED"`, `"ECONNRESET"`. */
  readonly code: string | undefined;

  constructor({ code, ...options }: Omit<LanguageModelErrorOptions, "isRetryable"> & { code?: string }) {
    super({ ...options, isRetryable: true });
    this.code = code;
  }

  static override isInstance(error: unknown): error is ModelConnectionError {
    return ApigenError.hasMarker(error, marker);
  }
}
