import { redactSecrets } from "@apigen/core";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { ModelConnectionError } from "../errors/model-connection-error.js";
import { ModelTimeoutError } from "../errors/model-timeout-error.js";
import { parseRetryAfter } from "../shared/parse-retry-after.js";
import { readServerMessage } from "../shared/read-server-message.js";
import { type CallContext, describeModel } from "./call-context.js";
import type { ResponseHeaders } from "./chat-transport.js";

/** Options of {@link toLanguageModelError}. */
export interface ToLanguageModelErrorOptions {
  error: unknown;
  context: CallContext;
  /** True when the call's own time limit ran out. */
  timedOut: boolean;
}

const retryableStatuses = new Set([408, 409, 425, 429]);

/**
 * Turns what a transport threw into a `LanguageModelError` whose message names the model and says what to do:
 * a timeout, or a connection failure named by its code. Errors that are not about the call (programmer
 * mistakes, errors that already are `LanguageModelError`s) come back unchanged.
 */
export function toLanguageModelError({ error, context, timedOut }: ToLanguageModelErrorOptions): unknown {
  const common = { provider: context.provider, modelId: context.modelId, url: context.baseURL };
  if (timedOut) {
    return new ModelTimeoutError({
      ...common,
      timeoutMs: context.timeoutMs,
      message: `${describeModel(context)} did not answer within ${context.timeoutMs} ms: raise timeoutMs if the model is slow, or check that the server is not stuck`,
    });
  }
  const code = findErrorCode(error);
  if (code !== undefined || isFetchFailure(error)) {
    return new ModelConnectionError({
      ...common,
      ...(code === undefined ? {} : { code }),
      cause: error,
      message: `${describeModel(context)}: ${connectionAdvice(code, context)}`,
    });
  }
  return error;
}

/** Options of {@link toApiCallError}. */
export interface ToApiCallErrorOptions {
  status: number;
  headers: ResponseHeaders;
  /** The error response's body text. */
  body: string;
  context: CallContext;
}

/**
 * The {@link ModelApiCallError} for an error status: retryable for 408, 409, 425, 429 and 5xx, with the wait
 * the server asked for (`Retry-After`, `retry-after-ms`), the server's message and the start of the body, the
 * key removed from both.
 */
export function toApiCallError({ status, headers, body, context }: ToApiCallErrorOptions): ModelApiCallError {
  const redacted = redactSecrets(body, [context.apiKey]);
  const serverMessage = readServerMessage(redacted);
  const retryAfterMs = parseRetryAfter({
    retryAfter: headers.get("retry-after"),
    retryAfterMs: headers.get("retry-after-ms"),
  });
  return new ModelApiCallError({
    provider: context.provider,
    modelId: context.modelId,
    url: context.baseURL,
    statusCode: status,
    isRetryable: status >= 500 || retryableStatuses.has(status),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(redacted === "" ? {} : { responseBody: redacted.slice(0, 2000) }),
    message: `${describeModel(context)}: ${advice(status, context, retryAfterMs)}${serverMessage === "" ? "" : ` Server said: ${serverMessage}`}`,
  });
}

/** `fetch` rejects with a bare `TypeError: fetch failed` when it could not get an answer at all. */
function isFetchFailure(error: unknown): boolean {
  return error instanceof TypeError && error.message === "fetch failed";
}

function advice(status: number, context: CallContext, retryAfterMs: number | undefined): string {
  const variable = context.apiKeyEnvironmentVariable;
  if (status === 401 || status === 403) {
    return context.apiKey === undefined
      ? `the server wants an API key (${status}) and none was sent: set $${variable} or pass the apiKey option.`
      : `the API key was refused (${status}): check the API key in ${context.apiKeySource}.`;
  }
  if (status === 404) {
    return `unknown model "${context.modelId}" at ${context.baseURL} (404): list models with GET ${context.baseURL}/models, and check baseURL.`;
  }
  if (status === 429) {
    const wait = retryAfterMs === undefined ? "" : ` and asks to wait ${Math.ceil(retryAfterMs / 1000)} s`;
    return `rate limited (429)${wait}: lower concurrency, requestsPerMinute or tokensPerMinute if this persists.`;
  }
  if (status >= 500) {
    return `server error (${status}): the server failed; retrying may help.`;
  }
  return `the request was rejected (${status}).`;
}

function connectionAdvice(code: string | undefined, { baseURL }: CallContext): string {
  switch (code) {
    case "ECONNREFUSED":
      return `server down at ${baseURL}: nothing accepted the connection (ECONNREFUSED); start the server or fix baseURL.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `host not found (${code}): check the host name in baseURL ${baseURL}.`;
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return `the connection was cut before the answer arrived (${code}); the server may have crashed or restarted.`;
    default:
      return `cannot reach the server at ${baseURL}${code === undefined ? "" : ` (${code})`}.`;
  }
}

/** The first system error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, ...) along the `cause` chain. */
export function findErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== null && typeof current === "object"; depth++) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string" && /^[A-Z_]+$/.test(code)) {
      return code;
    }
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}
