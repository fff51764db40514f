import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isJsonObject, safeParseJson, stringifyJson } from "@apigen/core";

/** What the cache knows of each downloaded file: its size and the Hub's id of its content (etag). */
export type DownloadManifest = Record<string, { size: number; oid: string | undefined }>;

const manifestName = ".apigen-download.json";

/** Reads the cache folder's manifest; a missing or broken one reads as empty (files are then checked again). */
export async function readDownloadManifest(directory: string): Promise<DownloadManifest> {
  let text: string;
  try {
    text = await readFile(join(directory, manifestName), "utf8");
  } catch {
    return {};
  }
  const parsed = safeParseJson({ text });
  if (!parsed.success || !isJsonObject(parsed.value)) {
    return {};
  }
  const manifest: DownloadManifest = {};
  for (const [path, entry] of Object.entries(parsed.value)) {
    if (isJsonObject(entry) && typeof entry.size === "number") {
      manifest[path] = { size: entry.size, oid: typeof entry.oid === "string" ? entry.oid : undefined };
    }
  }
  return manifest;
}

/** Writes the manifest atomically (temporary file, then rename). */
export async function writeDownloadManifest(directory: string, manifest: DownloadManifest): Promise<void> {
  const path = join(directory, manifestName);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, stringifyJson(manifest, { indent: 2 }));
  await rename(temporary, path);
}
