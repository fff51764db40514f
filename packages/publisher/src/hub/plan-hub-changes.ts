import { pathToFileURL } from "node:url";
import type { CommitOperation, ListFileEntry } from "@huggingface/hub";
import { fileDigests } from "./file-digests.js";

/** A file to publish: where it is on disk and where it goes in the repository. */
export interface LocalFile {
  path: string;
  localPath: string;
}

/** What a publish changes in the repository. */
export interface HubChangePlan {
  operations: CommitOperation[];
  /** Repository paths added or replaced. */
  upload: string[];
  /** Repository paths removed: shards of an earlier publish that this one does not have. */
  delete: string[];
  /** Repository paths already holding the same bytes. */
  unchanged: string[];
}

const isShard = (path: string) => /^data\/.+\.parquet$/.test(path);

/**
 * Compares local files with the repository's: a file whose SHA-256 equals the remote LFS id, or whose git blob id
 * equals the remote `oid`, is left alone; `data/*.parquet` files the publish does not have are deleted.
 */
export async function planHubChanges({
  local,
  remote,
}: {
  local: readonly LocalFile[];
  remote: readonly ListFileEntry[];
}): Promise<HubChangePlan> {
  const remoteByPath = new Map(
    remote.filter((entry) => entry.type === "file").map((entry) => [entry.path, entry]),
  );
  const plan: HubChangePlan = { operations: [], upload: [], delete: [], unchanged: [] };
  for (const file of local) {
    const existing = remoteByPath.get(file.path);
    const digests = existing === undefined ? undefined : await fileDigests(file.localPath);
    const same =
      existing !== undefined &&
      digests !== undefined &&
      (existing.lfs?.oid === digests.sha256 ||
        (existing.lfs === undefined && existing.oid === digests.gitOid));
    if (same) {
      plan.unchanged.push(file.path);
    } else {
      plan.upload.push(file.path);
      plan.operations.push({
        operation: "addOrUpdate",
        path: file.path,
        content: pathToFileURL(file.localPath),
      });
    }
  }
  const wanted = new Set(local.map((file) => file.path));
  for (const path of remoteByPath.keys()) {
    if (isShard(path) && !wanted.has(path)) {
      plan.delete.push(path);
      plan.operations.push({ operation: "delete", path });
    }
  }
  return plan;
}
