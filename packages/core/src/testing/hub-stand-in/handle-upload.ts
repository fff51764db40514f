import { z } from "zod";
import { sha256Hex } from "./git-object-id.js";
import { parseBody, readBody, sendError, sendJson } from "./http-io.js";
import { accessRepo, type HubCall } from "./hub-context.js";
import type { HubRepoType } from "./hub-stand-in-types.js";
import { isLfsPath, repoKey } from "./hub-store.js";

const preuploadBodySchema = z.object({
  files: z.array(z.object({ path: z.string(), size: z.number().int().nonnegative(), sample: z.string() })),
});

const batchBodySchema = z.object({
  operation: z.enum(["upload", "download"]),
  objects: z.array(
    z.object({ oid: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() }),
  ),
});

const lfsJson = { "Content-Type": "application/vnd.git-lfs+json" };

/** `POST /api/{type}s/:owner/:name/preupload/:rev`: which files go through LFS. */
export async function handlePreupload(call: HubCall, type: HubRepoType, name: string): Promise<void> {
  const body = parseBody(new TextDecoder().decode(await readBody(call.request)), preuploadBodySchema);
  if (accessRepo(call, type, name, { write: true }) === undefined) {
    return;
  }
  if (body === undefined) {
    sendError(call.response, 400, "Invalid preupload payload");
    return;
  }
  sendJson(call.response, 200, {
    files: body.files.map((file) => ({
      path: file.path,
      uploadMode: isLfsPath(file.path, file.size, Buffer.from(file.sample, "base64")) ? "lfs" : "regular",
      shouldIgnore: false,
    })),
  });
}

/**
 * `POST /{type}s/:owner/:name.git/info/lfs/objects/batch`: basic transfer; an object the repository already holds
 * gets no upload action, so the client sends it no second time.
 */
export async function handleLfsBatch(call: HubCall, type: HubRepoType, name: string): Promise<void> {
  const body = parseBody(new TextDecoder().decode(await readBody(call.request)), batchBodySchema);
  const repo = accessRepo(call, type, name, { write: true });
  if (repo === undefined) {
    return;
  }
  if (body === undefined || body.operation !== "upload") {
    sendError(call.response, 422, "Only LFS uploads with sha256 object ids are supported");
    return;
  }
  const key = encodeURIComponent(repoKey(type, name));
  sendJson(
    call.response,
    200,
    {
      transfer: "basic",
      objects: body.objects.map(({ oid, size }) =>
        repo.lfsObjects.has(oid)
          ? { oid, size }
          : {
              oid,
              size,
              authenticated: true,
              actions: {
                upload: { href: `${call.context.url}/lfs-upload/${key}/${oid}/${size}`, expires_in: 3600 },
              },
            },
      ),
    },
    lfsJson,
  );
}

/** `PUT /lfs-upload/:repo/:oid/:size`: stores an object whose bytes hash to its id. */
export async function handleLfsPut(call: HubCall, key: string, oid: string, size: string): Promise<void> {
  const bytes = await readBody(call.request);
  const repo = call.context.repos.get(key);
  if (repo === undefined) {
    sendError(call.response, 404, "Unknown upload target");
    return;
  }
  if (sha256Hex(bytes) !== oid || String(bytes.byteLength) !== size) {
    sendError(call.response, 400, `Uploaded bytes do not match object ${oid} of ${size} bytes`);
    return;
  }
  repo.lfsObjects.set(oid, bytes);
  call.response.writeHead(200, { ETag: `"${oid}"`, "Content-Length": 0 });
  call.response.end();
}
