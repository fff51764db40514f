import { redactSecrets } from "@apigen/core";
import { PublishError } from "../errors/publish-error.js";

/** Wraps a failed Hub call as a {@link PublishError} whose message names the step and never holds the token. */
export function toPublishError(error: unknown, step: string, token: string | undefined): unknown {
  if (PublishError.isInstance(error)) {
    return error;
  }
  const redact = (text: string) => redactSecrets(text, [token]);
  if (isHubApiError(error)) {
    return new PublishError({
      kind: "hub",
      message: redact(`the Hub answered ${error.statusCode} while ${step}: ${error.message}`),
      statusCode: error.statusCode,
      url: redact(error.url),
    });
  }
  if (error instanceof Error) {
    return new PublishError({ kind: "hub", message: redact(`${step} failed: ${error.message}`) });
  }
  return error;
}

/** The Hub client's `HubApiError`, by shape (a second copy of the client would defeat `instanceof`). */
function isHubApiError(error: unknown): error is Error & { statusCode: number; url: string } {
  return (
    error instanceof Error &&
    typeof (error as { statusCode?: unknown }).statusCode === "number" &&
    typeof (error as { url?: unknown }).url === "string"
  );
}
