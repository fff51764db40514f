import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import type { ChatHttpResponse, ChatTransport, ResponseHeaders } from "./chat-transport.js";

/**
 * A {@link ChatTransport} on `node:http` and `node:https` with keep-alive connections and no limit on sockets
 * per host (the middleware's `concurrency` is the limit). Per request it costs a fraction of the CPU time of
 * the platform `fetch`, whose web streams and request objects dominate the client's work at hundreds of calls
 * in flight. Up to 1024 idle connections are kept for reuse; they do not keep the process alive.
 */
export function createNodeHttpTransport(): ChatTransport {
  const keep = { keepAlive: true, maxFreeSockets: 1024 };
  const agents = { http: new HttpAgent(keep), https: new HttpsAgent(keep) };
  const targets = new Map<string, ReturnType<typeof toTarget>>();
  return ({ url, headers, body, signal }) =>
    new Promise<ChatHttpResponse>((resolve, reject) => {
      let target = targets.get(url);
      if (target === undefined) {
        target = toTarget(url);
        targets.set(url, target);
      }
      const send = target.secure ? httpsRequest : httpRequest;
      const request = send(
        {
          ...target.options,
          method: "POST",
          agent: target.secure ? agents.https : agents.http,
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          signal,
        },
        (response) => resolve(toChatHttpResponse(response)),
      );
      request.once("error", reject);
      request.end(body);
    });
}

/** The parts of a URL `request` needs, worked out once per URL. */
function toTarget(url: string) {
  const parsed = new URL(url);
  return {
    secure: parsed.protocol === "https:",
    options: {
      protocol: parsed.protocol,
      hostname: parsed.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: parsed.port,
      path: `${parsed.pathname}${parsed.search}`,
    },
  };
}

function toChatHttpResponse(response: IncomingMessage): ChatHttpResponse {
  return {
    status: response.statusCode ?? 0,
    headers: readHeaders(response.headers),
    text: () => readText(response),
    body: () => Readable.toWeb(response) as ReadableStream<Uint8Array>,
  };
}

function readText(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      text += chunk;
    });
    response.once("end", () => resolve(text));
    response.once("error", reject);
    response.once("close", () => {
      if (!response.complete) {
        reject(
          Object.assign(new Error("The connection closed before the body ended"), { code: "ECONNRESET" }),
        );
      }
    });
  });
}

/** Node's parsed headers (lower-case names) read like `Headers`. */
function readHeaders(headers: IncomingHttpHeaders): ResponseHeaders {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}
