import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
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
  /** Stores a response; a half-written entry (a crash mid-write) reads as a miss. */
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

/** The keys stored under `directory`, listed once: a miss then costs no file system call. */
async function listKeys(directory: string): Promise<Set<string>> {
  const keys = new Set<string>();
  const shards = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      return [];
    }
    throw error;
  });
  for (const shard of shards.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
    for (const name of await readdir(join(directory, shard)).catch(() => [])) {
      if (name.endsWith(".json")) {
        keys.add(name.slice(0, -".json".length));
      }
    }
  }
  return keys;
}

/**
 * A response cache in `<directory>/<first 2 hex>/<key>.json`, one file per response written in one call. A file
 * cut short by a crash does not parse and reads as a miss, so it is asked again and overwritten: no temporary
 * file and rename are needed, which halves the file system calls per response. Only the response is stored: no
 * headers, no keys. The keys on disk are listed on the first read and kept in memory with
 * those written since, so a miss touches no file; entries another process writes meanwhile are not seen.
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
  let known: Promise<Set<string>> | undefined;
  const shards = new Set<string>();
  return {
    async read(key) {
      const path = pathOf(key);
      known ??= listKeys(directory);
      if (!(await known).has(key)) {
        return undefined;
      }
      let text: string;
      try {
        text = await readFile(path, "utf8");
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
      if (!shards.has(dirname(path))) {
        await mkdir(dirname(path), { recursive: true });
        shards.add(dirname(path));
      }
      const { cached: _cached, ...stored } = response;
      await writeFile(path, `${stringifyJson({ version: 1, response: stored })}\n`);
      (await known)?.add(key);
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
