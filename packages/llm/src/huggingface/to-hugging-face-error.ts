import { redactSecrets, safeParseJson } from "@apigen/core";
import type {
  InferenceClientHubApiError,
  InferenceClientInputError,
  InferenceClientProviderApiError,
  InferenceClientProviderOutputError,
  InferenceClientRoutingError,
} from "@huggingface/inference";
import { LanguageModelError } from "../errors/language-model-error.js";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { ModelConnectionError } from "../errors/model-connection-error.js";
import { ModelTimeoutError } from "../errors/model-timeout-error.js";
import { type CallContext, describeModel } from "../openai-compatible/call-context.js";
import { responseError } from "../openai-compatible/read-chat-completion.js";
import { findErrorCode } from "../openai-compatible/to-language-model-error.js";
import { parseRetryAfter } from "../shared/parse-retry-after.js";
import { readServerMessage } from "../shared/read-server-message.js";
import type { CapturedResponse } from "./capture-response.js";

/** Options of {@link toHuggingFaceError}. */
export interface ToHuggingFaceErrorOptions {
  error: unknown;
  context: CallContext;
  /** The last HTTP answer of the call, if one arrived. */
  response: CapturedResponse | undefined;
  timedOut: boolean;
  /** The client's error classes, once `@huggingface/inference` is loaded (it loads on the first call). */
  errorClasses: HuggingFaceErrorClasses | undefined;
}

/** The error classes of `@huggingface/inference` that {@link toHuggingFaceError} tells apart. */
export interface HuggingFaceErrorClasses {
  InferenceClientHubApiError: typeof InferenceClientHubApiError;
  InferenceClientInputError: typeof InferenceClientInputError;
  InferenceClientProviderApiError: typeof InferenceClientProviderApiError;
  InferenceClientProviderOutputError: typeof InferenceClientProviderOutputError;
  InferenceClientRoutingError: typeof InferenceClientRoutingError;
}

const retryableStatuses = new Set([408, 409, 425, 429]);

/**
 * Turns what `@huggingface/inference` or `fetch` threw into a `LanguageModelError` that names the provider and
 * model and says what to do; the access token never appears in it. Anything else comes back unchanged.
 */
export function toHuggingFaceError({
  error,
  context,
  response,
  timedOut,
  errorClasses,
}: ToHuggingFaceErrorOptions): unknown {
  const is = <Name extends keyof HuggingFaceErrorClasses>(
    name: Name,
    value: unknown,
  ): value is InstanceType<HuggingFaceErrorClasses[Name]> =>
    errorClasses !== undefined && value instanceof errorClasses[name];
  const who = describeModel(context);
  const common = {
    provider: context.provider,
    modelId: context.modelId,
    url: response?.url ?? context.baseURL,
  };
  if (timedOut) {
    return new ModelTimeoutError({
      ...common,
      timeoutMs: context.timeoutMs,
      message: `${who} did not answer within ${context.timeoutMs} ms: raise timeoutMs if the model is slow`,
    });
  }
  if (is("InferenceClientProviderApiError", error) || is("InferenceClientHubApiError", error)) {
    const status = response?.status ?? error.httpResponse.status;
    const body = redactSecrets(response?.text ?? "", [context.apiKey]);
    const retryAfterMs = parseRetryAfter({
      retryAfter: response?.headers.get("retry-after"),
      retryAfterMs: response?.headers.get("retry-after-ms"),
    });
    const hub = is("InferenceClientHubApiError", error);
    const said = readServerMessage(body);
    return new ModelApiCallError({
      ...common,
      statusCode: status,
      isRetryable: status >= 500 || retryableStatuses.has(status),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(body === "" ? {} : { responseBody: body.slice(0, 2000) }),
      message: `${who}: ${advice(status, context, hub, retryAfterMs)}${said === "" ? "" : ` Server said: ${said}`}`,
    });
  }
  if (is("InferenceClientInputError", error) || is("InferenceClientRoutingError", error)) {
    return new LanguageModelError({
      ...common,
      message: `${who}: ${redactSecrets(error.message, [context.apiKey])} Check the model id and the provider option.`,
    });
  }
  if (
    response !== undefined &&
    (error instanceof SyntaxError || is("InferenceClientProviderOutputError", error))
  ) {
    const parsed = safeParseJson({ text: response.text });
    const problem = parsed.success
      ? "unexpected-shape"
      : /^\s*[[{]/.test(response.text)
        ? "truncated"
        : "not-json";
    return responseError(context, problem, response.text);
  }
  const code = findErrorCode(error);
  if (code !== undefined || (error instanceof TypeError && error.message === "fetch failed")) {
    const advice =
      code === "ECONNREFUSED"
        ? "nothing accepted the connection; check endpointUrl, or that the server is up"
        : "the connection failed or was cut; retrying may help";
    return new ModelConnectionError({
      ...common,
      ...(code === undefined ? {} : { code }),
      cause: error,
      message: `${who}: cannot reach the server${code === undefined ? "" : ` (${code})`}: ${advice}.`,
    });
  }
  return error;
}

function advice(
  status: number,
  context: CallContext,
  hub: boolean,
  retryAfterMs: number | undefined,
): string {
  if (status === 401 || status === 403) {
    return `the access token was refused (${status}): check the token in ${context.apiKeySource}; it needs the "Make calls to Inference Providers" permission (https://huggingface.co/settings/tokens).`;
  }
  if (status === 404) {
    return hub
      ? `the Hub does not know model "${context.modelId}" (404): check its id at https://huggingface.co/models.`
      : `unknown model "${context.modelId}" (404): check the model id and that the provider serves it.`;
  }
  if (status === 429) {
    const wait = retryAfterMs === undefined ? "" : ` and asks to wait ${Math.ceil(retryAfterMs / 1000)} s`;
    return `rate limited (429)${wait}: lower concurrency or requestsPerMinute, or check your Inference Providers credits.`;
  }
  if (status >= 500) {
    return `server error (${status}): the provider failed; retrying may help.`;
  }
  return `the request was rejected (${status}).`;
}
