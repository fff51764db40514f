import { ApigenError } from "@apigen/core";

const marker = "apigen.error.GroundTruthExecutionError";
const symbol = Symbol.for(marker);

/**
 * A ground-truth call could not give the result to compare with: it failed when run, or its recorded result is
 * missing or truncated. The entry cannot be scored; this is a problem of the data or the tools, not of the model.
 */
export class GroundTruthExecutionError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "GroundTruthExecutionError" as const;
  /** The entry or example id, where it has one. */
  readonly entryId: string | undefined;
  /** The failing call, as text. */
  readonly call: string;

  constructor({ entryId, call, reason }: { entryId: string | undefined; call: string; reason: string }) {
    super({
      message: `The ground truth ${call}${entryId === undefined ? "" : ` of ${entryId}`} has no result to compare with: ${reason}`,
    });
    this.entryId = entryId;
    this.call = call;
  }

  static override isInstance(error: unknown): error is GroundTruthExecutionError {
    return ApigenError.hasMarker(error, marker);
  }
}
