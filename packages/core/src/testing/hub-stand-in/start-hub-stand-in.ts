import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sha256Hex } from "./git-object-id.js";
import { sendError } from "./http-io.js";
import type { HubCall, HubContext } from "./hub-context.js";
import type { HubStandIn, HubStandInOptions, HubStandInRequest } from "./hub-stand-in-types.js";
import {
  applyCommit,
  createStoredRepo,
  isLfsPath,
  parseRepoId,
  repoKey,
  repoView,
  type StoreOperation,
} from "./hub-store.js";
import { routeHubRequest } from "./route-hub-request.js";

interface InjectedFailure {
  pattern: string | RegExp;
  status: number;
  method: string | undefined;
}

/**
 * Starts a loopback HTTP server that answers what the `@huggingface/hub` client calls: whoami, repo creation and
 * info, preupload, the LFS batch API and its uploads, NDJSON commits, tree listing, paths-info and file
 * downloads (with `Range`), for models, data sets and spaces. State lives in memory. Pass its `url` as `hubUrl`
 * and `useXet: false` to the client.
 *
 * @example
 * const hub = await startHubStandIn();
 * await createRepo({ repo: "datasets/apigen-tester/demo", accessToken: hub.token, hubUrl: hub.url });
 * hub.repo("datasets/apigen-tester/demo")?.files.get(".gitattributes");
 * await hub.close();
 */
export async function startHubStandIn({
  token = `hf_${randomBytes(16).toString("hex")}`,
  user = "apigen-tester",
  orgs = [],
}: HubStandInOptions = {}): Promise<HubStandIn> {
  if (!token.startsWith("hf_")) {
    throw new TypeError(`A Hub token starts with "hf_"; pass such a token to startHubStandIn`);
  }
  const context: HubContext = { url: "", token, user, orgs, repos: new Map() };
  const requests: HubStandInRequest[] = [];
  const failures: InjectedFailure[] = [];

  const server = createServer((request, response) => {
    const target = new URL(request.url ?? "/", "http://stand-in");
    const method = request.method ?? "GET";
    const header = request.headers.authorization;
    const authorization = header === undefined ? "none" : header === `Bearer ${token}` ? "valid" : "invalid";
    const path = `${target.pathname}${target.search}`;
    response.on("finish", () => requests.push({ method, path, status: response.statusCode, authorization }));
    const failureIndex = failures.findIndex(
      (failure) =>
        (failure.method === undefined || failure.method === method) &&
        (typeof failure.pattern === "string" ? path.includes(failure.pattern) : failure.pattern.test(path)),
    );
    const failure = failures[failureIndex];
    if (failure !== undefined) {
      failures.splice(failureIndex, 1);
      request.resume();
      response.setHeader("Retry-After", "0");
      sendError(response, failure.status, `Injected failure ${failure.status} for ${method} ${path}`);
      return;
    }
    const segments = target.pathname
      .split("/")
      .filter((segment) => segment !== "")
      .map((segment) => decodeURIComponent(segment));
    const call: HubCall = { context, method, query: target.searchParams, authorization, request, response };
    routeHubRequest(call, segments).catch((error: unknown) => {
      if (!response.headersSent) {
        sendError(response, 500, error instanceof Error ? error.message : String(error));
      } else {
        response.destroy();
      }
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  context.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: context.url,
    token,
    user,
    get requests() {
      return requests;
    },
    repo(id) {
      const { type, name } = parseRepoId(id);
      const stored = context.repos.get(repoKey(type, name));
      return stored === undefined ? undefined : repoView(stored);
    },
    seedRepo({ id, files, private: isPrivate = false, title = "Seed files" }) {
      const { type, name } = parseRepoId(id);
      const key = repoKey(type, name);
      const stored = context.repos.get(key) ?? createStoredRepo(type, name, isPrivate);
      context.repos.set(key, stored);
      const operations = Object.entries(files).map(([path, content]): StoreOperation => {
        const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
        if (!isLfsPath(path, bytes.byteLength)) {
          return { kind: "file", path, content: bytes };
        }
        const oid = sha256Hex(bytes);
        stored.lfsObjects.set(oid, bytes);
        return { kind: "lfs", path, oid };
      });
      applyCommit(stored, { title, description: "", operations });
      return repoView(stored);
    },
    failNext(pattern, status = 500, { method } = {}) {
      failures.push({ pattern, status, method });
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      });
    },
  };
}
