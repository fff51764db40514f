import { ApigenError } from "@apigen/core";
import { LanguageModelError, type LanguageModelErrorOptions } from "./language-model-error.js";

const marker = "apigen.error.ModelResponseError";
const symbol = Symbol.for(marker);

/** Why a response body could not be read. */
export type ModelResponseProblem =
  /** The JSON body stops before its end: cut by a proxy, a crash or a dropped connection. */
  | "truncated"
  /** The body is not JSON at all, e.g. an HTML error page from a gateway. */
  | "not-json"
  /** Valid JSON, but not the shape the API promises. */
  | "unexpected-shape"
  /** An event stream that ended without its final event. */
  | "stream-incomplete";

/**
 * The provider answered with a success status but a body that cannot be read: cut short, not JSON, or not the
 * shape the API promises. Retryable, since such bodies usually come from overloaded servers and proxies.
 */
export class ModelResponseError extends LanguageModelError {
  protected readonly [symbol] = true;
  override readonly name = "ModelResponseError" as const;
  /** What was wrong with the body. */
  readonly problem: ModelResponseProblem;
  /** The start of the body that was received, with secrets removed. */
  readonly responseBody: string | undefined;

  constructor({
    problem,
    responseBody,
    isRetryable = true,
    ...options
  }: LanguageModelErrorOptions & { problem: ModelResponseProblem; responseBody?: string }) {
    super({ ...options, isRetryable });
    this.problem = problem;
    this.responseBody = responseBody;
  }

  static override isInstance(error: unknown): error is ModelResponseError {
    return ApigenError.hasMarker(error, marker);
  }
}
