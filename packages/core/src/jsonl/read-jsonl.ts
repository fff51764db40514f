import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { ConversionError } from "../errors/conversion-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import type { JsonValue } from "../json/json-value.js";
import { parseJson } from "../json/parse-json.js";

/** One line of a JSON Lines file. */
export interface JsonlRecord {
  /** 1-based line number in the file. */
  line: number;
  value: JsonValue;
}

/** Options of {@link readJsonl}. */
export interface ReadJsonlOptions {
  /**
   * What to do with a last line that has no newline and does not parse: the mark of a writer killed mid-line.
   * `"ignore"` skips it (a resumed run rewrites that row); `"error"` throws like any other bad line.
   * @default "error"
   */
  truncatedTail?: "error" | "ignore";
  abortSignal?: AbortSignal;
}

/**
 * Streams a JSON Lines file (gzip-compressed when the name ends in `.gz`) one record at a time, never holding
 * the whole file. Blank lines are skipped; numbers keep their integer/float kind (see `parseJson`). A line that
 * is not JSON throws a `ConversionError` naming the file and line.
 *
 * @example
 * for await (const { line, value } of readJsonl("rows.jsonl")) { ... }
 */
export async function* readJsonl(
  path: string,
  { truncatedTail = "error", abortSignal }: ReadJsonlOptions = {},
): AsyncGenerator<JsonlRecord> {
  const file = createReadStream(path, abortSignal === undefined ? {} : { signal: abortSignal });
  const source = path.endsWith(".gz") ? file.pipe(createGunzip()) : file;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let line = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      pending += decoder.decode(chunk, { stream: true });
      let start = 0;
      for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
        line++;
        const record = parseLine(path, line, pending.slice(start, end));
        if (record !== undefined) {
          yield record;
        }
        start = end + 1;
      }
      pending = pending.slice(start);
    }
    pending += decoder.decode();
  } finally {
    file.destroy();
  }
  if (pending.trim() !== "") {
    line++;
    try {
      const record = parseLine(path, line, pending);
      if (record !== undefined) {
        yield record;
      }
    } catch (error) {
      if (truncatedTail === "error" || !ConversionError.isInstance(error)) {
        throw error;
      }
    }
  }
}

function parseLine(path: string, line: number, text: string): JsonlRecord | undefined {
  const content = text.endsWith("\r") ? text.slice(0, -1) : text;
  if (content.trim() === "") {
    return undefined;
  }
  try {
    return { line, value: parseJson(content) };
  } catch (error) {
    if (JsonParseError.isInstance(error)) {
      throw new ConversionError({
        format: "jsonl",
        row: line,
        reason: `${path}: invalid JSON at ${error.line === 1 ? "" : `line ${error.line}, `}column ${error.column} of the line: ${error.message.replace(/^Invalid JSON at line \d+, column \d+: /, "")}`,
        cause: error,
      });
    }
    throw error;
  }
}
