import { ApigenError } from "@apigen/core";
import { LanguageModelError, type LanguageModelErrorOptions } from "./language-model-error.js";

const marker = "apigen.error.ModelApiCallError";
const symbol = Symbol.for(marker);

/**
 * The provider answered with an HTTP error status: a bad key (401/403), an unknown model (404), a rate limit
 * (429), a server error (5xx) or a rejected request (other 4xx). Retryable for 408, 409, 429 and 5xx.
 */
export class ModelApiCallError extends LanguageModelError {
  protected readonly [symbol] = true;
  override readonly name = "ModelApiCallError" as const;
  override readonly statusCode: number;
  /** The start of the error body the provider sent, with secrets removed. */
  readonly responseBody: string | undefined;

  constructor({
    statusCode,
    responseBody,
    ...options
  }: LanguageModelErrorOptions & { statusCode: number; responseBody?: string }) {
    super({ ...options, statusCode });
    this.statusCode = statusCode;
    this.responseBody = responseBody;
  }

  static override isInstance(error: unknown): error is ModelApiCallError {
    return ApigenError.hasMarker(error, marker);
  }
}
