import type { ServerResponse } from "node:http";
import { errorBody } from "./chat-completion-bodies.js";

/** Sends a JSON body with its length. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

/** Sends an error in OpenAI's `{ error: { message, type } }` shape. */
export function sendError(response: ServerResponse, status: number, message: string) {
  sendJson(response, status, errorBody(status, message));
}
