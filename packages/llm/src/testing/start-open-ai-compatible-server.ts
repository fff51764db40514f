import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { isJsonObject, stringifyJson } from "@apigen/core";
import { readLoggedRequest } from "./read-logged-request.js";
import { sendError, sendJson } from "./send-json.js";
import type { LoggedRequest, ServerScript, ServerStep } from "./server-step.js";
import { writeStep } from "./write-step.js";

/** Options of {@link startOpenAiCompatibleServer}. */
export interface StartOpenAiCompatibleServerOptions {
  /** What to answer to each chat completion request. */
  script: ServerScript;
  /**
   * Milliseconds to wait before each answer; a step's own `latencyMs` overrides it.
   * @default 0
   */
  latencyMs?: number;
  /**
   * The port on 127.0.0.1; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * The models the server knows; chat requests for any other model get a 404, as real servers answer.
   * @default ["test-model"]
   */
  models?: readonly string[];
  /** When set, requests without `Authorization: Bearer <apiKey>` get a 401. */
  apiKey?: string;
}

/** A running test server. */
export interface OpenAiCompatibleServer {
  /** The base URL to give a client, ending in `/v1`, e.g. `http://127.0.0.1:40123/v1`. */
  readonly url: string;
  /** Every request received, in order, secrets redacted. */
  readonly requests: LoggedRequest[];
  /** Chat completion requests being answered right now. */
  readonly inFlight: number;
  /** The most chat completion requests ever answered at once. */
  readonly maxInFlight: number;
  /** Stops the server, cutting any connection still open (hanging requests included). */
  close(): Promise<void>;
}

/**
 * Starts an OpenAI-compatible HTTP server on loopback that answers `POST /v1/chat/completions` (plain and
 * `stream: true`) and `GET /v1/models` from a script, with latency, error injection and a request log. Tests of
 * clients, middleware and whole pipelines talk to it over real HTTP.
 *
 * @example
 * const server = await startOpenAiCompatibleServer({ script: [{ status: 429, retryAfter: 1 }, { json: { ok: true } }] });
 * const model = createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model" });
 * await server.close();
 */
export async function startOpenAiCompatibleServer({
  script,
  latencyMs = 0,
  port = 0,
  models = ["test-model"],
  apiKey,
}: StartOpenAiCompatibleServerOptions): Promise<OpenAiCompatibleServer> {
  const requests: LoggedRequest[] = [];
  let chatCount = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  const nextStep = async (logged: LoggedRequest): Promise<ServerStep> => {
    const index = chatCount++;
    if (typeof script === "function") {
      return script(logged, index);
    }
    return (
      script[index] ?? {
        status: 500,
        message: `The test server's script has no step for chat request #${index + 1} (it has ${script.length})`,
      }
    );
  };

  const answerChat = async (logged: LoggedRequest, response: ServerResponse, requestId: string) => {
    const body = logged.body;
    if (!isJsonObject(body)) {
      sendError(response, 400, "The body must be a JSON object.");
      return;
    }
    if (typeof body.model !== "string" || !models.includes(body.model)) {
      sendError(response, 404, `The model \`${String(body.model)}\` does not exist.`);
      return;
    }
    const step = await nextStep(logged);
    const wait = "hang" in step ? 0 : (step.latencyMs ?? latencyMs);
    if (wait > 0) {
      await delay(wait);
    }
    if (!response.destroyed) {
      writeStep({ step, response, body, model: body.model, requestId });
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const logged = await readLoggedRequest(request);
    requests.push(logged);
    if (apiKey !== undefined && request.headers.authorization !== `Bearer ${apiKey}`) {
      sendError(response, 401, "Incorrect API key provided.");
      return;
    }
    if (logged.method === "GET" && logged.path === "/v1/models") {
      const data = models.map((id) => ({ id, object: "model", created: 0, owned_by: "apigen-test" }));
      sendJson(response, 200, stringifyJson({ object: "list", data }));
      return;
    }
    if (logged.method !== "POST" || logged.path !== "/v1/chat/completions") {
      sendError(response, 404, `Unknown path: ${logged.method} ${logged.path}`);
      return;
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.once("close", () => {
      inFlight--;
    });
    await answerChat(logged, response, `req_test_${requests.length}`);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent && !response.destroyed) {
        sendError(response, 500, `The test server failed: ${String(error)}`);
      } else {
        response.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
