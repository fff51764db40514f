import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseJson, stringifyJson } from "@apigen/core";
import { forwardRequest } from "./forward-request.js";
import { type JobsStandInJob, jobsStandInHardware, viewJob } from "./view-job.js";

export type { JobsStandInJob } from "./view-job.js";

/** Options of {@link startJobsStandIn}. */
export interface JobsStandInOptions {
  /** The token it accepts (`Authorization: Bearer ...`). @default "hf_jobsStandInToken000000000000" */
  token?: string;
  /** Base URL that every request outside `/api/jobs` is forwarded to, e.g. a Hub stand-in's for uploads. */
  fallbackUrl?: string;
}

/** A running {@link startJobsStandIn}. */
export interface JobsStandIn {
  /** Base URL to pass as `hubUrl`. */
  url: string;
  token: string;
  /** The jobs created so far, oldest first. */
  jobs: readonly JobsStandInJob[];
  /** Moves a job to a stage (`COMPLETED`, `ERROR`, ...); log streams end when the stage is not `RUNNING`. */
  setStage(id: string, stage: string, message?: string): void;
  /** Appends log lines, sent at once to open log streams. */
  appendLog(id: string, ...lines: string[]): void;
  close(): Promise<void>;
}

/**
 * A loopback stand-in of the Hugging Face Jobs endpoints for tests, driven by the real `@huggingface/hub` client
 * through `hubUrl`: `POST /api/jobs/:ns`, `GET /api/jobs/:ns` (list), `GET /api/jobs/:ns/:id`, `GET .../logs` (server-sent events that stay
 * open while the job runs), `POST .../cancel`, `GET /api/jobs/hardware`. Jobs stay `RUNNING` until the test moves
 * them with `setStage`.
 *
 * @example
 * const jobs = await startJobsStandIn({ fallbackUrl: hub.url, token: hub.token });
 */
export async function startJobsStandIn({
  token = "hf_jobsStandInToken000000000000",
  fallbackUrl,
}: JobsStandInOptions = {}): Promise<JobsStandIn> {
  const jobs: JobsStandInJob[] = [];
  const streams = new Map<string, Set<ServerResponse>>();
  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" }).end(stringifyJson(body));
  };
  const event = (line: string) =>
    `data: ${stringifyJson({ data: line, timestamp: new Date().toISOString() })}\n\n`;
  const endStreams = (id: string) => {
    for (const response of streams.get(id) ?? []) {
      response.end();
    }
    streams.delete(id);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (!path.startsWith("/api/jobs")) {
      return fallbackUrl === undefined
        ? send(response, 404, { error: "not found" })
        : forwardRequest({ request, response, to: fallbackUrl });
    }
    if (path === "/api/jobs/hardware") {
      return send(response, 200, jobsStandInHardware);
    }
    if (request.headers.authorization !== `Bearer ${token}`) {
      return send(response, 401, { error: "Invalid credentials in Authorization header" });
    }
    const [namespace, id, action] = path.slice("/api/jobs/".length).split("/").map(decodeURIComponent);
    const job = jobs.find((item) => item.id === id && item.namespace === namespace);
    if (request.method === "POST" && namespace !== undefined && id === undefined) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) {
        chunks.push(chunk as Buffer);
      }
      const body = parseJson(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      const created: JobsStandInJob = {
        id: `job-${jobs.length + 1}`,
        namespace,
        request: body,
        stage: "RUNNING",
        message: null,
        logs: [],
      };
      jobs.push(created);
      return send(response, 200, viewJob(created));
    }
    if (request.method === "GET" && namespace !== undefined && id === undefined) {
      return send(response, 200, jobs.filter((item) => item.namespace === namespace).map(viewJob));
    }
    if (job === undefined) {
      return send(response, 404, { error: `Job ${id} not found` });
    }
    if (request.method === "GET" && action === undefined) {
      return send(response, 200, viewJob(job));
    }
    if (request.method === "POST" && action === "cancel") {
      job.stage = "CANCELED";
      endStreams(job.id);
      return send(response, 200, viewJob(job));
    }
    if (request.method === "GET" && action === "logs") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      response.write(job.logs.map(event).join(""));
      if (job.stage !== "RUNNING") {
        return response.end();
      }
      const open = streams.get(job.id) ?? new Set();
      open.add(response);
      streams.set(job.id, open);
      response.on("close", () => open.delete(response));
      return;
    }
    return send(response, 404, { error: "not found" });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const find = (id: string) => {
    const job = jobs.find((item) => item.id === id);
    if (job === undefined) {
      throw new TypeError(`No job ${id} in the stand-in`);
    }
    return job;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    jobs,
    setStage(id, stage, message) {
      const job = find(id);
      job.stage = stage;
      job.message = message ?? null;
      if (stage !== "RUNNING") {
        endStreams(id);
      }
    },
    appendLog(id, ...lines) {
      const job = find(id);
      job.logs.push(...lines);
      for (const response of streams.get(id) ?? []) {
        response.write(lines.map(event).join(""));
      }
    },
    async close() {
      for (const id of [...streams.keys()]) {
        endStreams(id);
      }
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
