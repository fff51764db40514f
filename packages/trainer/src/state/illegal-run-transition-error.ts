import { ApigenError } from "@apigen/core";
import type { RunStatus } from "./run-status.js";

const marker = "apigen.error.IllegalRunTransitionError";
const symbol = Symbol.for(marker);

/** A training run was asked to move between two statuses that do not follow each other. */
export class IllegalRunTransitionError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "IllegalRunTransitionError" as const;
  /** The run's id. */
  readonly runId: string;
  /** Where the run is. */
  readonly from: RunStatus;
  /** Where it was asked to go. */
  readonly to: RunStatus;

  constructor({ runId, from, to }: { runId: string; from: RunStatus; to: RunStatus }) {
    super({ message: `Run ${runId} cannot go from ${from} to ${to}` });
    this.runId = runId;
    this.from = from;
    this.to = to;
  }

  static override isInstance(error: unknown): error is IllegalRunTransitionError {
    return ApigenError.hasMarker(error, marker);
  }
}
