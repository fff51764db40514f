import type { IncomingMessage } from "node:http";
import { safeParseJson } from "@apigen/core";
import type { LoggedRequest } from "./server-step.js";

const secretHeaders = new Set(["authorization", "api-key", "x-api-key", "cookie", "proxy-authorization"]);

/** Reads a request into its log entry: the body parsed as JSON where it is JSON, secret headers redacted. */
export async function readLoggedRequest(request: IncomingMessage): Promise<LoggedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const parsed = text === "" ? undefined : safeParseJson({ text });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers[name] = secretHeaders.has(name) ? "REDACTED" : String(value);
    }
  }
  return {
    method: request.method ?? "GET",
    path: (request.url ?? "/").split("?")[0] ?? "/",
    headers,
    body: parsed === undefined ? undefined : parsed.success ? parsed.value : text,
    receivedAt: Date.now(),
  };
}
