import type { JsonValue } from "@apigen/core";
import { stringifyJson } from "@apigen/core";

/** A result after the size check. */
export interface LimitedResult {
  output: JsonValue;
  /** Size of the whole result as JSON text, in UTF-8 bytes. */
  resultBytes: number;
  truncated: boolean;
}

/**
 * Measures a result as JSON text. One over `maxResultBytes` is cut: the output becomes a string holding the
 * first `maxResultBytes` bytes of its JSON text (never splitting a character), and `truncated` is set.
 */
export function limitResult(output: JsonValue, maxResultBytes: number): LimitedResult {
  const text = stringifyJson(output);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= maxResultBytes) {
    return { output, resultBytes: bytes, truncated: false };
  }
  const cut = Buffer.from(text, "utf8")
    .subarray(0, maxResultBytes)
    .toString("utf8")
    .replace(/\uFFFD$/, "");
  return { output: cut, resultBytes: bytes, truncated: true };
}
