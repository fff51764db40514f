import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "./http-io.js";
import type { HubRepoType } from "./hub-stand-in-types.js";
import { repoKey, type StoredRepo } from "./hub-store.js";

/** The stand-in's configuration and state, shared by its handlers. */
export interface HubContext {
  url: string;
  token: string;
  user: string;
  orgs: readonly string[];
  repos: Map<string, StoredRepo>;
}

/** One request as the handlers see it. */
export interface HubCall {
  context: HubContext;
  method: string;
  query: URLSearchParams;
  authorization: "none" | "valid" | "invalid";
  request: IncomingMessage;
  response: ServerResponse;
}

/** Whether the user may write to a namespace (their own or one of their organisations). */
export function canWrite(context: HubContext, namespace: string): boolean {
  return namespace === context.user || context.orgs.includes(namespace);
}

/**
 * Finds a repository the caller may read (or write, with `write`), answering 401/403/404 as the Hub does and
 * returning `undefined` when it did.
 */
export function accessRepo(
  call: HubCall,
  type: HubRepoType,
  name: string,
  { write = false }: { write?: boolean } = {},
): StoredRepo | undefined {
  const { context, authorization, response } = call;
  if (write && authorization !== "valid") {
    sendError(response, 401, "Invalid credentials in Authorization header");
    return undefined;
  }
  const repo = context.repos.get(repoKey(type, name));
  const visible = repo !== undefined && (!repo.private || authorization === "valid");
  if (!visible) {
    sendError(
      response,
      authorization === "valid" ? 404 : 401,
      "Repository not found. Make sure you are authenticated and the repository exists.",
      "RepoNotFound",
    );
    return undefined;
  }
  const namespace = name.split("/")[0] ?? "";
  if (write && !canWrite(context, namespace)) {
    sendError(response, 403, `You don't have the rights to write to ${type}s/${name}`);
    return undefined;
  }
  return repo;
}
