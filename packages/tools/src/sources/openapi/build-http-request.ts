import { isJsonObject, type JsonObject, type JsonValue, type Result, stringifyJson } from "@apigen/core";
import type { OperationPlan } from "./operation-to-tool.js";
import { isJsonMediaType } from "./pick-media-type.js";
import { joined, scalar, serializePath, serializeQuery } from "./serialize-parameter.js";

/** An HTTP request ready for `fetch`. */
export interface HttpRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Options of {@link buildHttpRequest}. */
export interface BuildHttpRequestOptions {
  plan: OperationPlan;
  arguments: JsonObject;
  /** The server's base URL, e.g. `http://127.0.0.1:8080/v1`. */
  baseUrl: string;
  /** Headers sent with every request (authentication, for instance). */
  headers: Record<string, string>;
}

/**
 * Builds the HTTP request of one call: path parameters templated and percent-encoded, query parameters
 * serialised by their `style` and `explode` (arrays as `tag=a&tag=b` by default), header and cookie
 * parameters, and the body as JSON (or a form). Fails, as a value, when a path parameter is missing.
 *
 * @example
 * buildHttpRequest({ plan, arguments: { book_id: "b 1" }, baseUrl: "http://127.0.0.1:8080", headers: {} })
 */
export function buildHttpRequest({
  plan,
  arguments: args,
  baseUrl,
  headers,
}: BuildHttpRequestOptions): Result<HttpRequest, string> {
  let path = plan.path;
  const query: [string, string][] = [];
  const requestHeaders: Record<string, string> = { accept: "application/json, text/plain;q=0.9, */*;q=0.5" };
  const cookies: string[] = [];
  for (const parameter of plan.parameters) {
    const value = args[parameter.argument];
    if (value === undefined || value === null) {
      if (parameter.in === "path") {
        return { success: false, error: `missing required argument '${parameter.argument}'` };
      }
      continue;
    }
    switch (parameter.in) {
      case "path":
        path = path.replaceAll(`{${parameter.name}}`, serializePath(parameter, value));
        break;
      case "query":
        query.push(...serializeQuery(parameter, value));
        break;
      case "header":
        requestHeaders[parameter.name.toLowerCase()] = parameter.json
          ? stringifyJson(value)
          : joined(value, ",");
        break;
      case "cookie":
        cookies.push(
          `${parameter.name}=${encodeURIComponent(parameter.json ? stringifyJson(value) : joined(value, ","))}`,
        );
        break;
    }
  }
  if (cookies.length > 0) {
    requestHeaders.cookie = cookies.join("; ");
  }
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}${path}`);
  for (const [name, value] of query) {
    url.searchParams.append(name, value);
  }
  let body: string | undefined;
  const payload = bodyValue(plan, args);
  if (plan.body !== undefined && payload !== undefined) {
    requestHeaders["content-type"] = plan.body.mediaType;
    body = isJsonMediaType(plan.body.mediaType) ? stringifyJson(payload) : formEncode(payload);
  }
  for (const [name, value] of Object.entries(headers)) {
    requestHeaders[name.toLowerCase()] = value;
  }
  return { success: true, value: { url, method: plan.method, headers: requestHeaders, body } };
}

function bodyValue(plan: OperationPlan, args: JsonObject): JsonValue | undefined {
  if (plan.body?.kind === "whole") {
    return args[plan.body.argument];
  }
  if (plan.body?.kind === "flattened") {
    const entries = plan.body.arguments
      .filter((name) => args[name] !== undefined)
      .map((name) => [name, args[name]] as const);
    return entries.length === 0 ? undefined : (Object.fromEntries(entries) as JsonObject);
  }
  return undefined;
}

function formEncode(value: JsonValue): string {
  const form = new URLSearchParams();
  if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      for (const part of Array.isArray(item) ? item : [item]) {
        form.append(key, isJsonObject(part) ? stringifyJson(part) : scalar(part));
      }
    }
  }
  return form.toString();
}
