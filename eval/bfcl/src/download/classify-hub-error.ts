import { BfclDownloadError } from "./bfcl-download-error.js";

/** Turns what `@huggingface/hub` threw into a {@link BfclDownloadError} that says why. */
export function classifyHubError({
  error,
  repo,
  revision,
}: {
  error: unknown;
  repo: string;
  revision: string;
}): BfclDownloadError {
  if (BfclDownloadError.isInstance(error)) {
    return error;
  }
  const statusCode =
    error !== null &&
    typeof error === "object" &&
    "statusCode" in error &&
    typeof error.statusCode === "number"
      ? error.statusCode
      : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (statusCode === undefined) {
    return new BfclDownloadError({
      reason: "network",
      repo,
      detail: `the request failed (${message})`,
      cause: error,
    });
  }
  if (statusCode === 404) {
    return new BfclDownloadError({
      reason: "not-found",
      repo,
      statusCode,
      detail: `the data set or its revision "${revision}" was not found (404)`,
      cause: error,
    });
  }
  if (statusCode === 401 || statusCode === 403) {
    return new BfclDownloadError({
      reason: "unauthorized",
      repo,
      statusCode,
      detail: `access was refused (${statusCode})`,
      cause: error,
    });
  }
  return new BfclDownloadError({
    reason: "other",
    repo,
    statusCode,
    detail: `the Hub answered ${statusCode}: ${message}`,
    cause: error,
  });
}
