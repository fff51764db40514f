import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** Writes a blob's bytes to a temporary file beside `path`, then renames it over `path`. */
export async function writeBlobAtomically({ blob, path }: { blob: Blob; path: string }): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.download`;
  try {
    await writeFile(temporary, new Uint8Array(await blob.arrayBuffer()));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
