import { createHash } from "node:crypto";

/** The git blob id of a file's bytes: SHA-1 of `blob <size>\0<bytes>`, as the Hub reports for regular files. */
export function gitObjectId(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

/** The SHA-256 of some bytes, in hex: the object id of a Git LFS file. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The Git LFS pointer text git stores in place of a large file. */
export function lfsPointer({ oid, size }: { oid: string; size: number }): Uint8Array {
  return new TextEncoder().encode(
    `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`,
  );
}
