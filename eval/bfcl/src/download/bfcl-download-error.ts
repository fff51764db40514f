import { ApigenError } from "@apigen/core";

const marker = "apigen.error.BfclDownloadError";
const symbol = Symbol.for(marker);

/** Why a download failed: the repository or revision does not exist, access is refused, or no connection. */
export type BfclDownloadFailure = "not-found" | "unauthorized" | "network" | "missing-files" | "other";

const hints: Record<BfclDownloadFailure, string> = {
  "not-found": "check the repository and revision names",
  unauthorized:
    "without a valid token the Hub answers so for a data set that does not exist, too; if the name is right, it is gated or private: accept its terms on the Hub and pass a token (HF_TOKEN)",
  network: "the Hub cannot be reached",
  "missing-files": "this revision does not have them",
  other: "",
};

/**
 * Downloading the BFCL data from the Hugging Face Hub failed. The message says why and how to use a local copy
 * instead (`--data-dir` pointing at a folder laid out like `bfcl_eval/data`). It never contains the token.
 */
export class BfclDownloadError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "BfclDownloadError" as const;
  readonly reason: BfclDownloadFailure;
  /** The repository, e.g. `gorilla-llm/Berkeley-Function-Calling-Leaderboard`. */
  readonly repo: string;
  /** The HTTP status, where the Hub answered. */
  readonly statusCode: number | undefined;
  /** True for failures that may pass on a later try (network, 5xx). */
  readonly isRetryable: boolean;

  constructor({
    reason,
    repo,
    detail,
    statusCode,
    cause,
  }: { reason: BfclDownloadFailure; repo: string; detail: string; statusCode?: number; cause?: unknown }) {
    const hint = hints[reason];
    super({
      message:
        `Cannot download the BFCL data from the Hub data set ${repo}: ${detail}${hint === "" ? "" : ` (${hint})`}. ` +
        "To use a local copy instead, point --data-dir at a folder laid out like bfcl_eval/data " +
        "(BFCL_v4_<category>.json and possible_answer/), e.g. from `pip download bfcl-eval --no-deps`.",
      cause,
    });
    this.reason = reason;
    this.repo = repo;
    this.statusCode = statusCode;
    this.isRetryable = reason === "network" || (statusCode !== undefined && statusCode >= 500);
  }

  static override isInstance(error: unknown): error is BfclDownloadError {
    return ApigenError.hasMarker(error, marker);
  }
}
