import type { JobOutcome } from "../training-backend.js";

/**
 * What a Hugging Face Jobs stage means for a run: `RUNNING` (and any stage not listed, e.g. a queue) is still
 * running; `COMPLETED` succeeded; `ERROR` and `STOPPED` (a timeout) failed; `CANCELED`, `DELETED` and `DELETING`
 * were cancelled.
 *
 * @example
 * hfJobStageOutcome("ERROR") // "failed"
 */
export function hfJobStageOutcome(stage: string): JobOutcome | undefined {
  switch (stage.toUpperCase()) {
    case "COMPLETED":
      return "succeeded";
    case "ERROR":
    case "STOPPED":
      return "failed";
    case "CANCELED":
    case "CANCELLED":
    case "DELETED":
    case "DELETING":
      return "cancelled";
    default:
      return undefined;
  }
}
