import { handleCreateRepo, handleDeleteRepo, handleWhoAmI } from "./handle-account.js";
import { handleCommit } from "./handle-commit.js";
import { handlePathsInfo, handleRepoInfo, handleTree } from "./handle-repo-read.js";
import { handleResolve } from "./handle-resolve.js";
import { handleLfsBatch, handleLfsPut, handlePreupload } from "./handle-upload.js";
import { sendError } from "./http-io.js";
import type { HubCall } from "./hub-context.js";
import type { HubRepoType } from "./hub-stand-in-types.js";

const typeOfPrefix: Record<string, HubRepoType> = { models: "model", datasets: "dataset", spaces: "space" };

/** Sends a request to its handler by method and path; anything else is a 404 naming what is supported. */
export async function routeHubRequest(call: HubCall, segments: string[]): Promise<void> {
  const { method } = call;
  const [first, ...rest] = segments;
  if (first === "api") {
    return routeApi(call, rest);
  }
  if (first === "lfs-upload" && method === "PUT" && rest.length === 3) {
    const [key = "", oid = "", size = ""] = rest;
    return handleLfsPut(call, key, oid, size);
  }
  const typed = first !== undefined && first in typeOfPrefix && first !== "models";
  const type = typed ? (typeOfPrefix[first] ?? "model") : "model";
  const [owner, repoName, action, revision, ...path] = typed ? rest : segments;
  if (owner !== undefined && repoName?.endsWith(".git") && action === "info" && method === "POST") {
    if (segments.slice(-3).join("/") === "lfs/objects/batch") {
      return handleLfsBatch(call, type, `${owner}/${repoName.slice(0, -4)}`);
    }
  }
  if (
    owner !== undefined &&
    repoName !== undefined &&
    (action === "resolve" || action === "raw") &&
    revision !== undefined &&
    (method === "GET" || method === "HEAD")
  ) {
    return handleResolve(call, type, `${owner}/${repoName}`, revision, path.join("/"));
  }
  sendError(call.response, 404, `The Hub stand-in does not serve ${method} /${segments.join("/")}`);
}

async function routeApi(call: HubCall, segments: string[]): Promise<void> {
  const { method } = call;
  const [first, owner, repoName, action, revision = "main", ...path] = segments;
  if (first === "whoami-v2" && method === "GET") {
    return handleWhoAmI(call);
  }
  if (first === "repos" && owner === "create" && method === "POST") {
    return handleCreateRepo(call);
  }
  if (first === "repos" && owner === "delete" && method === "DELETE") {
    return handleDeleteRepo(call);
  }
  const type = first === undefined ? undefined : typeOfPrefix[first];
  if (type !== undefined && owner !== undefined && repoName !== undefined) {
    const name = `${owner}/${repoName}`;
    if (action === undefined && method === "GET") {
      return handleRepoInfo(call, type, name);
    }
    if (action === "revision" && method === "GET") {
      return handleRepoInfo(call, type, name, revision);
    }
    if (action === "tree" && method === "GET") {
      return handleTree(call, type, name, revision, path.join("/"));
    }
    if (action === "paths-info" && method === "POST") {
      return handlePathsInfo(call, type, name, revision);
    }
    if (action === "preupload" && method === "POST") {
      return handlePreupload(call, type, name);
    }
    if (action === "commit" && method === "POST") {
      return handleCommit(call, type, name, revision);
    }
  }
  sendError(call.response, 404, `The Hub stand-in does not serve ${method} /api/${segments.join("/")}`);
}
