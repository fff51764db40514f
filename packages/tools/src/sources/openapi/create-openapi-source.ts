import type { ExecutionOutcome, Tool } from "@apigen/core";
import type { ToolSource } from "../../executor/tool-source.js";
import { buildHttpRequest } from "./build-http-request.js";
import { describeFetchFailure } from "./describe-fetch-failure.js";
import { readLimitedText } from "./read-limited-text.js";
import { type OpenApiCatalog, readOpenApiCatalog } from "./read-openapi-catalog.js";
import { responseToOutcome } from "./response-to-outcome.js";

/** An operation as {@link OpenApiSourceOptions.operationFilter} sees it. */
export interface OpenApiOperationInfo {
  /** The tool name it would get. */
  toolName: string;
  operationId: string | undefined;
  /** Lower-case HTTP method. */
  method: string;
  /** The path template, e.g. `/books/{bookId}`. */
  path: string;
  tags: string[];
}

/** Options of {@link createOpenApiSource}. */
export interface OpenApiSourceOptions {
  /** A path to an OpenAPI 3.0/3.1 document in JSON or YAML, or the parsed document. */
  document: string | object;
  /**
   * Where requests go, e.g. `http://127.0.0.1:8080/v1`.
   * @default the document's `servers[0].url` (with its variables' defaults)
   */
  baseUrl?: string;
  /** Headers sent with every request, e.g. `{ authorization: "Bearer …" }`. Never written into messages. */
  headers?: Record<string, string>;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Keeps only the operations it returns `true` for. */
  operationFilter?: (operation: OpenApiOperationInfo) => boolean;
  /** The category every tool of this document gets. */
  category?: string;
  /** @default `openapi:<document path>` */
  name?: string;
  /**
   * The largest response body read; a larger one is a `tool_error`.
   * @default 8 MiB
   */
  maxResponseBytes?: number;
}

/**
 * A tool source over an OpenAPI 3 service: every operation becomes a tool (named from its `operationId` in
 * snake_case, or `method_path`), and every call becomes an HTTP request to the server the document names.
 * 2xx answers are `ok` with the parsed JSON; 400 and 422 are `invalid_arguments`; other statuses, refused
 * connections and oversized bodies are `tool_error`; a call past its time limit is `timeout`.
 *
 * @example
 * const source = createOpenApiSource({ document: "bookshop.yaml", baseUrl: "http://127.0.0.1:8080" });
 * const outcome = await source.call({ name: "get_book", arguments: { book_id: "b1" } }, { timeoutMs: 5000 });
 */
export function createOpenApiSource({
  document,
  baseUrl,
  headers = {},
  fetch: fetchFunction = globalThis.fetch,
  operationFilter = () => true,
  category,
  name = `openapi:${typeof document === "string" ? document : "(object)"}`,
  maxResponseBytes = 8 * 1024 * 1024,
}: OpenApiSourceOptions): ToolSource {
  if (typeof document !== "string" && (document === null || typeof document !== "object")) {
    throw new TypeError("createOpenApiSource needs `document`: a file path or an OpenAPI document object");
  }
  let catalog: Promise<OpenApiCatalog> | undefined;
  const load = (): Promise<OpenApiCatalog> => {
    catalog ??= readOpenApiCatalog({ document, baseUrl, operationFilter, category }).catch(
      (error: unknown) => {
        catalog = undefined;
        throw error;
      },
    );
    return catalog;
  };

  return {
    name,
    async listTools(): Promise<Tool[]> {
      return (await load()).tools.map((entry) => entry.tool);
    },
    async call(call, { timeoutMs, abortSignal }): Promise<ExecutionOutcome> {
      const start = performance.now();
      const durationMs = () => Math.round((performance.now() - start) * 1000) / 1000;
      let loaded: OpenApiCatalog;
      try {
        loaded = await load();
      } catch (error) {
        return { status: "tool_error", message: messageOf(error), durationMs: durationMs() };
      }
      const entry = loaded.byName.get(call.name);
      if (entry === undefined) {
        return {
          status: "unknown_tool",
          message: `${name} has no tool "${call.name}"`,
          durationMs: durationMs(),
        };
      }
      if (loaded.baseUrl.success === false) {
        return { status: "tool_error", message: loaded.baseUrl.error, durationMs: durationMs() };
      }
      const built = buildHttpRequest({
        plan: entry.plan,
        arguments: call.arguments,
        baseUrl: loaded.baseUrl.value,
        headers,
      });
      if (!built.success) {
        return { status: "invalid_arguments", message: built.error, durationMs: durationMs() };
      }
      const request = built.value;
      const target = `${request.method} ${request.url.origin}${request.url.pathname}`;
      const timeoutSignal = AbortSignal.timeout(timeoutMs);
      const signal =
        abortSignal === undefined ? timeoutSignal : AbortSignal.any([timeoutSignal, abortSignal]);
      try {
        const response = await fetchFunction(request.url, {
          method: request.method,
          headers: request.headers,
          ...(request.body === undefined ? {} : { body: request.body }),
          signal,
        });
        const text = await readLimitedText(response, maxResponseBytes);
        return responseToOutcome({
          status: response.status,
          contentType: response.headers.get("content-type"),
          text,
          maxBytes: maxResponseBytes,
          target,
          durationMs: durationMs(),
        });
      } catch (error) {
        return {
          ...describeFetchFailure({
            error,
            target,
            origin: request.url.origin,
            timeoutMs,
            timeoutSignal,
            abortSignal,
          }),
          durationMs: durationMs(),
        };
      }
    },
    async close(): Promise<void> {
      catalog = undefined;
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
