import { z } from "zod";
import { parseBody, readBody, sendError, sendJson } from "./http-io.js";
import { accessRepo, type HubCall } from "./hub-context.js";
import type { HubRepoType } from "./hub-stand-in-types.js";
import { applyCommit, type StoreOperation } from "./hub-store.js";

const lineSchema = z.discriminatedUnion("key", [
  z.object({
    key: z.literal("header"),
    value: z.object({
      summary: z.string().min(1),
      description: z.string().optional(),
      parentCommit: z.string().optional(),
    }),
  }),
  z.object({
    key: z.literal("file"),
    value: z.object({
      path: z.string(),
      content: z.string(),
      encoding: z.enum(["utf-8", "base64"]).optional(),
    }),
  }),
  z.object({
    key: z.literal("lfsFile"),
    value: z.object({ path: z.string(), oid: z.string(), algo: z.literal("sha256").optional() }),
  }),
  z.object({ key: z.literal("deletedFile"), value: z.object({ path: z.string() }) }),
  z.object({ key: z.literal("deletedFolder"), value: z.object({ path: z.string() }) }),
]);

/**
 * `POST /api/{type}s/:owner/:name/commit/main`: an NDJSON body of a header, then inline files (base64 or
 * UTF-8), LFS files by object id, and deletions. Applied whole or not at all.
 */
export async function handleCommit(call: HubCall, type: HubRepoType, name: string, revision: string) {
  const text = new TextDecoder().decode(await readBody(call.request));
  const repo = accessRepo(call, type, name, { write: true });
  if (repo === undefined) {
    return;
  }
  if (revision !== "main") {
    sendError(
      call.response,
      404,
      `The stand-in has only the main branch, not ${revision}`,
      "RevisionNotFound",
    );
    return;
  }
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const parsed = lines.map((line) => parseBody(line, lineSchema));
  const header = parsed[0];
  if (header?.key !== "header" || parsed.some((line) => line === undefined)) {
    sendError(
      call.response,
      400,
      "A commit body is NDJSON: a header line, then file, lfsFile or deletedFile lines",
    );
    return;
  }
  const head = repo.commits.at(-1);
  if (header.value.parentCommit !== undefined && header.value.parentCommit !== head?.oid) {
    sendError(call.response, 412, "A commit has happened since. Please refresh and try again.");
    return;
  }
  const operations: StoreOperation[] = [];
  for (const line of parsed.slice(1)) {
    if (line?.key === "file") {
      const { path, content, encoding } = line.value;
      const bytes = encoding === "base64" ? Buffer.from(content, "base64") : Buffer.from(content, "utf8");
      operations.push({ kind: "file", path, content: new Uint8Array(bytes) });
    } else if (line?.key === "lfsFile") {
      operations.push({ kind: "lfs", path: line.value.path, oid: line.value.oid });
    } else if (line?.key === "deletedFile" || line?.key === "deletedFolder") {
      operations.push({ kind: "delete", path: line.value.path });
    }
  }
  const commit = applyCommit(repo, {
    title: header.value.summary,
    description: header.value.description ?? "",
    operations,
  });
  if (typeof commit === "string") {
    sendError(call.response, 422, commit);
    return;
  }
  const prefix = type === "model" ? "" : `${type}s/`;
  sendJson(call.response, 200, {
    success: true,
    commitOid: commit.oid,
    commitUrl: `${call.context.url}/${prefix}${name}/commit/${commit.oid}`,
    hookOutput: "",
  });
}
