import { ApigenError } from "@apigen/core";

const marker = "apigen.error.TrainingRunError";
const symbol = Symbol.for(marker);

/**
 * A training run cannot be launched, followed, cancelled or fetched: no such run, a broken state file, a backend
 * that refused. The message never carries a secret's value.
 */
export class TrainingRunError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "TrainingRunError" as const;
  /** The run's id. */
  readonly runId: string;

  constructor({ runId, reason, cause }: { runId: string; reason: string; cause?: unknown }) {
    super({ message: `Training run ${runId}: ${reason}`, cause });
    this.runId = runId;
  }

  static override isInstance(error: unknown): error is TrainingRunError {
    return ApigenError.hasMarker(error, marker);
  }
}
