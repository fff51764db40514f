import { z } from "zod";
import { parseBody, readBody, sendError, sendJson } from "./http-io.js";
import { accessRepo, type HubCall } from "./hub-context.js";
import type { HubRepoType } from "./hub-stand-in-types.js";
import { resolveRevision, type StoredCommit, type StoredFile, type StoredRepo } from "./hub-store.js";

const pathsInfoBodySchema = z.object({ paths: z.array(z.string()), expand: z.boolean().optional() });

/** `GET /api/{type}s/:owner/:name[/revision/:rev]`: the repository's info, with its head `sha`. */
export function handleRepoInfo(call: HubCall, type: HubRepoType, name: string, revision = "main"): void {
  const repo = accessRepo(call, type, name);
  if (repo === undefined) {
    return;
  }
  const commit = resolveRevision(repo, revision);
  if (commit === undefined) {
    sendError(call.response, 404, `Invalid rev id: ${revision}`, "RevisionNotFound");
    return;
  }
  sendJson(call.response, 200, {
    _id: `id-${type}-${name}`,
    id: name,
    author: name.split("/")[0],
    private: repo.private,
    gated: false,
    disabled: false,
    downloads: 0,
    likes: 0,
    tags: [],
    sha: commit.oid,
    createdAt: repo.createdAt,
    lastModified: commit.date,
    siblings: [...commit.tree.values()].map((file) => ({ rfilename: file.path })),
  });
}

/** `GET /api/{type}s/:owner/:name/tree/:rev[/:path]`: the entries under a folder, or all below it when recursive. */
export function handleTree(
  call: HubCall,
  type: HubRepoType,
  name: string,
  revision: string,
  path: string,
): void {
  const found = readCommit(call, type, name, revision);
  if (found === undefined) {
    return;
  }
  const { commit } = found;
  const recursive = call.query.get("recursive") === "true";
  const expand = call.query.get("expand") === "true";
  const prefix = path === "" ? "" : `${path.replace(/\/$/, "")}/`;
  const entries = new Map<string, unknown>();
  for (const file of commit.tree.values()) {
    if (!file.path.startsWith(prefix)) {
      continue;
    }
    const parts = file.path.slice(prefix.length).split("/");
    const folders = recursive ? parts.length - 1 : Math.min(1, parts.length - 1);
    for (let index = 1; index <= folders; index++) {
      const folder = prefix + parts.slice(0, index).join("/");
      entries.set(folder, { type: "directory", oid: folderOid(folder), size: 0, path: folder });
    }
    if (recursive || parts.length === 1) {
      entries.set(file.path, fileEntry(file, commit, expand));
    }
  }
  if (prefix !== "" && entries.size === 0) {
    sendError(call.response, 404, `Entry not found: ${path}`, "EntryNotFound");
    return;
  }
  sendJson(call.response, 200, [...entries.values()]);
}

/** `POST /api/{type}s/:owner/:name/paths-info/:rev`: the entries of the paths that exist. */
export async function handlePathsInfo(call: HubCall, type: HubRepoType, name: string, revision: string) {
  const body = parseBody(new TextDecoder().decode(await readBody(call.request)), pathsInfoBodySchema);
  const found = readCommit(call, type, name, revision);
  if (found === undefined) {
    return;
  }
  if (body === undefined) {
    sendError(call.response, 400, "Invalid paths-info payload");
    return;
  }
  const { commit } = found;
  const entries: unknown[] = [];
  for (const path of body.paths) {
    const file = commit.tree.get(path);
    if (file !== undefined) {
      entries.push(fileEntry(file, commit, body.expand ?? false));
    } else if ([...commit.tree.keys()].some((key) => key.startsWith(`${path}/`))) {
      entries.push({ type: "directory", oid: folderOid(path), size: 0, path });
    }
  }
  sendJson(call.response, 200, entries);
}

/** A repository and the commit a revision names, or `undefined` after answering the error. */
export function readCommit(
  call: HubCall,
  type: HubRepoType,
  name: string,
  revision: string,
): { repo: StoredRepo; commit: StoredCommit } | undefined {
  const repo = accessRepo(call, type, name);
  if (repo === undefined) {
    return undefined;
  }
  const commit = resolveRevision(repo, revision);
  if (commit === undefined) {
    sendError(call.response, 404, `Invalid rev id: ${revision}`, "RevisionNotFound");
    return undefined;
  }
  return { repo, commit };
}

function fileEntry(file: StoredFile, head: StoredCommit, expand: boolean): Record<string, unknown> {
  return {
    type: "file",
    oid: file.oid,
    size: file.size,
    path: file.path,
    ...(file.lfsOid === undefined ? {} : { lfs: { oid: file.lfsOid, size: file.size, pointerSize: 134 } }),
    ...(expand ? { lastCommit: { id: head.oid, title: head.title, date: head.date } } : {}),
  };
}

function folderOid(path: string): string {
  return Buffer.from(path).toString("hex").padEnd(40, "0").slice(0, 40);
}
