import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { safeParseJson } from "../../json/safe-parse-json.js";
import { toPlainJson } from "../../json/to-plain-json.js";

/** Reads a request body whole. */
export async function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Parses one JSON text against a schema; `undefined` when it is not JSON or not of that shape. */
export function parseBody<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
): z.output<Schema> | undefined {
  const parsed = safeParseJson({ text });
  if (!parsed.success) {
    return undefined;
  }
  const checked = schema.safeParse(toPlainJson(parsed.value));
  return checked.success ? checked.data : undefined;
}

/** Sends a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": headers["Content-Type"] ?? "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Sends a Hub-style JSON error: `{ "error": message }`, with `X-Error-Code` when given. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  errorCode?: string,
): void {
  sendJson(
    response,
    status,
    { error: message },
    errorCode === undefined ? {} : { "X-Error-Code": errorCode },
  );
}
