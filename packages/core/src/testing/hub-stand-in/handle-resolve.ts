import { readCommit } from "./handle-repo-read.js";
import { sendError } from "./http-io.js";
import type { HubCall } from "./hub-context.js";
import type { HubRepoType } from "./hub-stand-in-types.js";

/**
 * `GET|HEAD /[{type}s/]:owner/:name/(resolve|raw)/:rev/:path`: a file's bytes, honouring one `Range`, with the
 * `ETag` (`X-Linked-ETag`: the SHA-256, for LFS files) and `X-Repo-Commit` headers the client reads.
 */
export function handleResolve(
  call: HubCall,
  type: HubRepoType,
  name: string,
  revision: string,
  path: string,
) {
  const found = readCommit(call, type, name, revision);
  if (found === undefined) {
    return;
  }
  const file = found.commit.tree.get(path);
  if (file === undefined) {
    sendError(call.response, 404, `Entry not found: ${path}`, "EntryNotFound");
    return;
  }
  const total = file.size;
  const range = parseRange(call.request.headers.range, total);
  if (range === "invalid") {
    call.response.writeHead(416, { "Content-Range": `bytes */${total}` });
    call.response.end();
    return;
  }
  const [start, end] = range ?? [0, total - 1];
  const headers: Record<string, string | number> = {
    "Content-Type": "application/octet-stream",
    "Content-Length": Math.max(0, end - start + 1),
    "Accept-Ranges": "bytes",
    ETag: `"${file.oid}"`,
    "X-Repo-Commit": found.commit.oid,
    ...(file.lfsOid === undefined ? {} : { "X-Linked-ETag": `"${file.lfsOid}"`, "X-Linked-Size": total }),
    ...(range === undefined ? {} : { "Content-Range": `bytes ${start}-${end}/${total}` }),
  };
  call.response.writeHead(range === undefined ? 200 : 206, headers);
  call.response.end(call.method === "HEAD" ? undefined : file.content.subarray(start, end + 1));
}

function parseRange(header: string | undefined, total: number): [number, number] | "invalid" | undefined {
  if (header === undefined || total === 0) {
    return undefined;
  }
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null || (match[1] === "" && match[2] === "")) {
    return "invalid";
  }
  const [, first = "", last = ""] = match;
  if (first === "") {
    const length = Math.min(Number(last), total);
    return length === 0 ? "invalid" : [total - length, total - 1];
  }
  const start = Number(first);
  const end = last === "" ? total - 1 : Math.min(Number(last), total - 1);
  return start >= total || start > end ? "invalid" : [start, end];
}
