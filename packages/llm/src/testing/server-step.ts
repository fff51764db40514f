import type { JsonValue } from "@apigen/core";

/** Token counts the test server reports; without them it counts about one token per four characters. */
export interface ServerUsage {
  inputTokens: number;
  outputTokens: number;
}

/** Settings every answering step may add. */
interface StepTiming {
  /** Milliseconds to wait before answering; overrides the server's `latencyMs`. */
  latencyMs?: number;
}

/** What the OpenAI API calls a finish reason. */
export type ApiFinishReason = "stop" | "length" | "content_filter" | "tool_calls" | "function_call";

/** One native tool call a scripted step answers with (OpenAI `message.tool_calls[]`). */
export interface ServerToolCall {
  /** The function's name. */
  name: string;
  /**
   * The arguments: a string is sent exactly as given (so broken JSON can be scripted, e.g. `'{"city": "Par'`),
   * any other value is written as JSON text.
   */
  arguments: JsonValue;
  /** The call's id. @default `call_<request id>_<position>` */
  id?: string;
}

/**
 * What the test server does with one chat completion request. It is a script, not a model: it answers what the
 * step says, whatever the request asked for (a `response_format` included).
 */
export type ServerStep =
  /** Answer with this text. */
  | (StepTiming & { text: string; finishReason?: ApiFinishReason | null; usage?: ServerUsage })
  /** Answer with this value written as JSON text. */
  | (StepTiming & { json: JsonValue; finishReason?: ApiFinishReason | null; usage?: ServerUsage })
  /**
   * Answer with native tool calls in `message.tool_calls` (streamed as `delta.tool_calls` pieces), `content`
   * null unless `text` is given. @default finishReason `"tool_calls"`
   */
  | (StepTiming & {
      toolCalls: readonly ServerToolCall[];
      text?: string;
      finishReason?: ApiFinishReason | null;
      usage?: ServerUsage;
    })
  /** Answer with an HTTP error in OpenAI's `{ error: { message, type, code } }` shape. */
  | (StepTiming & {
      status: number;
      /** The error message. @default a message for the status */
      message?: string;
      /** Sent as `Retry-After`: seconds, or an HTTP date. */
      retryAfter?: number | string;
      /** Sent as `retry-after-ms`. */
      retryAfterMs?: number;
      /** A body to send instead of OpenAI's error shape, e.g. vLLM's `{ object: "error", message }`. */
      body?: JsonValue;
    })
  /** Never answer (until the client gives up or the server closes): a timeout. */
  | { hang: true }
  /** Send a complete HTTP response whose JSON body (or event stream) stops half-way. */
  | (StepTiming & { truncated: true; text?: string })
  /** Answer 200 with a body that is not JSON. */
  | (StepTiming & { garbage: true })
  /** Destroy the connection without answering. */
  | (StepTiming & { reset: true });

/** One request the test server received, as it logs it. */
export interface LoggedRequest {
  method: string;
  /** The path without the query, e.g. `/v1/chat/completions`. */
  path: string;
  /** Lower-case header names; `authorization`, `api-key`, `x-api-key` and `cookie` read `"REDACTED"`. */
  headers: Record<string, string>;
  /** The body parsed as JSON; the raw text when it is not JSON; undefined when empty. */
  body: JsonValue | string | undefined;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

/**
 * The steps of a test server: a list answered in order (one per chat completion request; a request beyond the
 * end gets a 500 that says so), or a function of the request and its 0-based index among chat completions.
 */
export type ServerScript =
  | readonly ServerStep[]
  | ((request: LoggedRequest, index: number) => ServerStep | Promise<ServerStep>);
