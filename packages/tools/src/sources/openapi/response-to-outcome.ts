import { type ExecutionOutcome, type JsonValue, safeParseJson } from "@apigen/core";
import { isJsonMediaType } from "./pick-media-type.js";

/** Options of {@link responseToOutcome}. */
export interface ResponseToOutcomeOptions {
  status: number;
  contentType: string | null;
  /** The body text, or `undefined` when it was over the size limit. */
  text: string | undefined;
  maxBytes: number;
  /** `METHOD origin/path` of the request, without the query (which may carry secrets). */
  target: string;
  durationMs: number;
}

const excerptLength = 300;

/**
 * Classifies an HTTP response: 2xx is `ok` with the parsed JSON (or the text; `null` for an empty body),
 * 400 and 422 are `invalid_arguments`, any other status is `tool_error`. Failures carry the status and a
 * short excerpt of the body in the message, and the parsed JSON body as `output` where there is one.
 */
export function responseToOutcome({
  status,
  contentType,
  text,
  maxBytes,
  target,
  durationMs,
}: ResponseToOutcomeOptions): ExecutionOutcome {
  if (text === undefined) {
    return {
      status: "tool_error",
      message: `${target} answered HTTP ${status} with a body over the ${maxBytes}-byte limit`,
      durationMs,
    };
  }
  const isJson = contentType !== null && isJsonMediaType(contentType);
  const parsed = isJson && text.trim() !== "" ? safeParseJson({ text }) : undefined;
  if (status >= 200 && status < 300) {
    if (parsed === undefined) {
      return { status: "ok", output: text === "" ? null : text, durationMs };
    }
    if (!parsed.success) {
      return {
        status: "tool_error",
        message: `${target} answered HTTP ${status} with invalid JSON (${parsed.error.message}): ${excerpt(text)}`,
        durationMs,
      };
    }
    return { status: "ok", output: parsed.value, durationMs };
  }
  const output: JsonValue | undefined = parsed?.success === true ? parsed.value : undefined;
  const kind = status === 400 || status === 422 ? "invalid_arguments" : "tool_error";
  const detail = text.trim() === "" ? "" : `: ${excerpt(text)}`;
  return {
    status: kind,
    message: `${target} answered HTTP ${status}${detail}`,
    durationMs,
    ...(output === undefined ? {} : { output }),
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength)}…` : flat;
}
