import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";

/** The ids the Hub reports for a file: its SHA-256 (an LFS file's `lfs.oid`) and its git blob id (`oid`). */
export async function fileDigests(path: string): Promise<{ sha256: string; gitOid: string; size: number }> {
  const { size } = await stat(path);
  const sha256 = createHash("sha256");
  const sha1 = createHash("sha1").update(`blob ${size}\0`);
  for await (const chunk of createReadStream(path)) {
    sha256.update(chunk as Buffer);
    sha1.update(chunk as Buffer);
  }
  return { sha256: sha256.digest("hex"), gitOid: sha1.digest("hex"), size };
}
