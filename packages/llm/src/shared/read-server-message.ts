import { isJsonObject, safeParseJson } from "@apigen/core";

/**
 * The human message in an error response body, for error messages: `error.message`, `error`, `message` or
 * `detail` of a JSON body (the shapes OpenAI, vLLM, TGI and Hugging Face use), else the text itself; whitespace
 * collapsed, cut to 300 characters. Empty for an empty body.
 */
export function readServerMessage(body: string): string {
  if (body.trim() === "") {
    return "";
  }
  const parsed = safeParseJson({ text: body });
  let message: unknown = body;
  if (parsed.success && isJsonObject(parsed.value)) {
    const value = parsed.value;
    const inner = isJsonObject(value.error) ? value.error.message : value.error;
    message = inner ?? value.message ?? value.detail ?? body;
  }
  const text = (typeof message === "string" ? message : body).replace(/\s+/g, " ").trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
