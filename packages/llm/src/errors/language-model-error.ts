import { ApigenError } from "@apigen/core";

const marker = "apigen.error.LanguageModelError";
const symbol = Symbol.for(marker);

/** The fields every {@link LanguageModelError} carries. */
export interface LanguageModelErrorOptions {
  /** What went wrong and what to do about it; never a secret. */
  message: string;
  /** The provider of the model, e.g. `"openai-compatible"`. */
  provider: string;
  /** The model's name at that provider. */
  modelId: string;
  /** The HTTP status the provider answered with, where there was one. */
  statusCode?: number;
  /**
   * Whether the same request may succeed if sent again (rate limits, server errors, timeouts, resets).
   * @default false
   */
  isRetryable?: boolean;
  /** How long the provider asked the caller to wait before trying again, in milliseconds. */
  retryAfterMs?: number;
  /** The address that was called. */
  url?: string;
  cause?: unknown;
}

/**
 * The base class of failures while asking a model: the provider answered with an error, could not be
 * reached, took too long, or answered with something unreadable. Middleware decides whether to retry from
 * `isRetryable` and `retryAfterMs` alone, so every provider maps its failures onto these fields.
 *
 * @example
 * if (LanguageModelError.isInstance(error) && error.isRetryable) { await sleep(error.retryAfterMs ?? 1000) }
 */
export class LanguageModelError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name: string = "LanguageModelError";
  /** The provider of the model, e.g. `"openai-compatible"`. */
  readonly provider: string;
  /** The model's name at that provider. */
  readonly modelId: string;
  /** The HTTP status the provider answered with, where there was one. */
  readonly statusCode: number | undefined;
  /** Whether the same request may succeed if sent again. */
  readonly isRetryable: boolean;
  /** How long the provider asked the caller to wait before trying again, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The address that was called. */
  readonly url: string | undefined;

  constructor({
    message,
    provider,
    modelId,
    statusCode,
    isRetryable = false,
    retryAfterMs,
    url,
    cause,
  }: LanguageModelErrorOptions) {
    super({ message, cause });
    this.provider = provider;
    this.modelId = modelId;
    this.statusCode = statusCode;
    this.isRetryable = isRetryable;
    this.retryAfterMs = retryAfterMs;
    this.url = url;
  }

  /** True for any language model error, whichever copy of the package created it. */
  static override isInstance(error: unknown): error is LanguageModelError {
    return ApigenError.hasMarker(error, marker);
  }
}
