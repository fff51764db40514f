import { ApigenError } from "@apigen/core";
import { LanguageModelError } from "../errors/language-model-error.js";

const marker = "apigen.error.BatchResultMissingError";
const symbol = Symbol.for(marker);

/**
 * A batch model was asked a request that its results do not answer. The message names the `custom_id`, where
 * the results came from and, when one is kept, the file the request was added to for the next batch.
 */
export class BatchResultMissingError extends LanguageModelError {
  protected readonly [symbol] = true;
  override readonly name = "BatchResultMissingError" as const;
  /** The `custom_id` that was looked for. */
  readonly customId: string;
  /** The pending-requests file the request was written to, if any. */
  readonly pendingRequestsPath: string | undefined;

  constructor({
    customId,
    modelId,
    source,
    pendingRequestsPath,
  }: {
    customId: string;
    modelId: string;
    source: string;
    pendingRequestsPath?: string;
  }) {
    const next =
      pendingRequestsPath === undefined
        ? "write it with writeBatchRequests, run the batch, and add its output"
        : `it was added to ${pendingRequestsPath}; run that file as a batch and pass its output as resultsPath`;
    super({
      provider: "batch",
      modelId,
      message: `No batch result for custom_id ${customId} (model "${modelId}") in ${source}: ${next}`,
    });
    this.customId = customId;
    this.pendingRequestsPath = pendingRequestsPath;
  }

  static override isInstance(error: unknown): error is BatchResultMissingError {
    return ApigenError.hasMarker(error, marker);
  }
}
