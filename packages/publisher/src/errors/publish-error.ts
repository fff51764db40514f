import { ApigenError } from "@apigen/core";

const marker = "apigen.error.PublishError";
const symbol = Symbol.for(marker);

/** Why a push to the Hub failed. */
export type PublishErrorKind = "missing_token" | "invalid_token" | "hub";

/**
 * A push to the Hugging Face Hub that failed: no token, a token of the wrong shape, or a Hub answer that is not a
 * success. Never carries the token: messages are redacted before they are built.
 */
export class PublishError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "PublishError" as const;
  readonly kind: PublishErrorKind;
  /** The Hub's HTTP status, for `hub` errors. */
  readonly statusCode: number | undefined;
  /** The URL that answered, for `hub` errors. */
  readonly url: string | undefined;
  /** True for 429 and 5xx answers: running the same publish again is likely to finish it. */
  readonly isRetryable: boolean;

  constructor({
    kind,
    message,
    statusCode,
    url,
    cause,
  }: { kind: PublishErrorKind; message: string; statusCode?: number; url?: string; cause?: unknown }) {
    super({ message, cause });
    this.kind = kind;
    this.statusCode = statusCode;
    this.url = url;
    this.isRetryable = statusCode !== undefined && (statusCode === 429 || statusCode >= 500);
  }

  static override isInstance(error: unknown): error is PublishError {
    return ApigenError.hasMarker(error, marker);
  }
}
