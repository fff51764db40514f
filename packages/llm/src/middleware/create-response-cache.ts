import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  type CompletionResponse,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  safeParseJson,
  stringifyJson,
} from "@apigen/core";

/** Options of {@link createResponseCache}. */
export interface ResponseCacheOptions {
  /** The folder that holds the cache, e.g. `<run>/llm-cache`. Created on first write. */
  directory: string;
}

/** A content-addressed store of model responses on disk. */
export interface ResponseCache {
  /** The stored response, or undefined for a miss (a missing, unreadable or corrupted file). */
  read(key: string): Promise<CompletionResponse | undefined>;
  /** Stores a response atomically: readers see the old file or the new one, never half of one. */
  write(key: string, response: CompletionResponse): Promise<void>;
}

const finishReasons = new Set<JsonValue>([
  "stop",
  "length",
  "content-filter",
  "tool-calls",
  "error",
  "other",
]);

/**
 * A response cache in `<directory>/<first 2 hex>/<key>.json`. Files are written to a temporary name and renamed,
 * so a crash never leaves a half-written entry; a corrupted entry reads as a miss and is overwritten. Only the
 * response is stored: no headers, no keys.
 *
 * @example
 * const cache = createResponseCache({ directory: "run/llm-cache" });
 * await cache.write(key, response); await cache.read(key) // response
 */
export function createResponseCache({ directory }: ResponseCacheOptions): ResponseCache {
  const pathOf = (key: string) => {
    if (!/^[0-9a-f]{8,}$/.test(key)) {
      throw new TypeError(`Cache keys are lower-case hex digests, got ${JSON.stringify(key)}`);
    }
    return join(directory, key.slice(0, 2), `${key}.json`);
  };
  return {
    async read(key) {
      let text: string;
      try {
        text = await readFile(pathOf(key), "utf8");
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") {
          return undefined;
        }
        throw error;
      }
      const parsed = safeParseJson({ text });
      return parsed.success ? readEntry(parsed.value) : undefined;
    },
    async write(key, response) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
      const { cached: _cached, ...stored } = response;
      try {
        await writeFile(temporary, `${stringifyJson({ version: 1, response: stored })}\n`);
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

function readEntry(value: JsonValue): CompletionResponse | undefined {
  if (!isJsonObject(value) || value.version !== 1 || !isJsonObject(value.response)) {
    return undefined;
  }
  const { text, json, toolCalls, usage, finishReason, latencyMs, requestId } = value.response as JsonObject;
  if (
    typeof text !== "string" ||
    (toolCalls !== undefined && !isToolCallList(toolCalls)) ||
    !isJsonObject(usage) ||
    typeof usage.inputTokens !== "number" ||
    typeof usage.outputTokens !== "number" ||
    !finishReasons.has(finishReason ?? null) ||
    typeof latencyMs !== "number" ||
    (requestId !== undefined && typeof requestId !== "string")
  ) {
    return undefined;
  }
  return {
    text,
    ...(json === undefined ? {} : { json }),
    ...(toolCalls === undefined
      ? {}
      : { toolCalls: toolCalls as NonNullable<CompletionResponse["toolCalls"]> }),
    usage: { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens },
    finishReason: finishReason as CompletionResponse["finishReason"],
    latencyMs,
    ...(requestId === undefined ? {} : { requestId }),
  };
}

/** True for a stored `toolCalls` list: each call a name, an arguments object, and optional id and raw text. */
function isToolCallList(value: JsonValue): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (call) =>
        isJsonObject(call) &&
        typeof call.name === "string" &&
        isJsonObject(call.arguments) &&
        (call.id === undefined || typeof call.id === "string") &&
        (call.rawArguments === undefined || typeof call.rawArguments === "string"),
    )
  );
}
