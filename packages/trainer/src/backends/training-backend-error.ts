import { ApigenError } from "@apigen/core";
import type { BackendKind } from "../state/run-state.js";

const marker = "apigen.error.TrainingBackendError";
const symbol = Symbol.for(marker);

/**
 * A backend could not do what it was asked: the SSH host refused, the remote command failed, the Jobs API
 * answered with an error. Secret values are removed from the message before it is built.
 */
export class TrainingBackendError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "TrainingBackendError" as const;
  /** Which backend failed. */
  readonly backend: BackendKind;
  /** Whether trying again later may work (a dropped connection, a 5xx). */
  readonly isRetryable: boolean;

  constructor({
    backend,
    reason,
    isRetryable = false,
    cause,
  }: { backend: BackendKind; reason: string; isRetryable?: boolean; cause?: unknown }) {
    super({ message: `${backend} backend: ${reason}`, cause });
    this.backend = backend;
    this.isRetryable = isRetryable;
  }

  static override isInstance(error: unknown): error is TrainingBackendError {
    return ApigenError.hasMarker(error, marker);
  }
}
