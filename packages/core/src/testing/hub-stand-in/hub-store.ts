import { createHash } from "node:crypto";
import { gitObjectId, lfsPointer, sha256Hex } from "./git-object-id.js";
import type { HubRepoType, HubStandInCommit, HubStandInFile, HubStandInRepo } from "./hub-stand-in-types.js";

/** A file as stored: its bytes, git id, and LFS id where it went through LFS. */
export type StoredFile = HubStandInFile;

/** A commit with the full file tree after it. */
export interface StoredCommit extends HubStandInCommit {
  tree: Map<string, StoredFile>;
}

/** A repository's whole state. */
export interface StoredRepo {
  type: HubRepoType;
  name: string;
  private: boolean;
  createdAt: string;
  commits: StoredCommit[];
  /** LFS objects uploaded to this repository, by SHA-256. */
  lfsObjects: Map<string, Uint8Array>;
}

/** A change of one commit. */
export type StoreOperation =
  | { kind: "file"; path: string; content: Uint8Array }
  | { kind: "lfs"; path: string; oid: string }
  | { kind: "delete"; path: string };

const binaryExtensions =
  /\.(parquet|arrow|bin|safetensors|gguf|pt|pth|ckpt|onnx|h5|msgpack|npy|npz|pkl|zip|gz|tar|zst|xz|7z|png|jpg|jpeg|wav|mp3)$/i;

/** The `.gitattributes` a new Hub repository starts with (the binary patterns it tracks through LFS). */
export const initialGitAttributes = `${binaryExtensions.source
  .slice(3, -3)
  .split("|")
  .map((extension) => `*.${extension} filter=lfs diff=lfs merge=lfs -text`)
  .join("\n")}\n`;

/** Whether the Hub would store a file through LFS: binary extension, over 10 MB, or a NUL byte in its start. */
export function isLfsPath(path: string, size: number, sample?: Uint8Array): boolean {
  return binaryExtensions.test(path) || size > 10_000_000 || (sample?.includes(0) ?? false);
}

/** The key of a repository: `datasets/owner/name`, `spaces/owner/name` or `models/owner/name`. */
export function repoKey(type: HubRepoType, name: string): string {
  return `${type}s/${name}`;
}

/** Reads a client repo designation (`datasets/owner/name`, or `owner/name` for a model). */
export function parseRepoId(id: string): { type: HubRepoType; name: string } {
  const match = /^(datasets|spaces|models)\/(.+)$/.exec(id);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return { type: match[1].slice(0, -1) as HubRepoType, name: match[2] };
  }
  return { type: "model", name: id };
}

/** Makes a stored file from its bytes, as a regular or an LFS file. */
export function storedFile(path: string, content: Uint8Array, lfs: boolean): StoredFile {
  const lfsOid = lfs ? sha256Hex(content) : undefined;
  const gitBytes = lfsOid === undefined ? content : lfsPointer({ oid: lfsOid, size: content.byteLength });
  return {
    path,
    content,
    size: content.byteLength,
    oid: gitObjectId(gitBytes),
    lfsOid,
    text: () => new TextDecoder().decode(content),
  };
}

let commitCounter = 0;

/** Creates a repository whose first commit holds a `.gitattributes`, as the Hub does. */
export function createStoredRepo(type: HubRepoType, name: string, isPrivate: boolean): StoredRepo {
  const repo: StoredRepo = {
    type,
    name,
    private: isPrivate,
    createdAt: new Date().toISOString(),
    commits: [],
    lfsObjects: new Map(),
  };
  const attributes = new TextEncoder().encode(initialGitAttributes);
  applyCommit(repo, {
    title: "initial commit",
    description: "",
    operations: [{ kind: "file", path: ".gitattributes", content: attributes }],
  });
  return repo;
}

/** The commit a revision names: `main`/`HEAD` or a commit id. */
export function resolveRevision(repo: StoredRepo, revision: string): StoredCommit | undefined {
  if (revision === "main" || revision === "HEAD") {
    return repo.commits.at(-1);
  }
  return repo.commits.find((commit) => commit.oid === revision);
}

/**
 * Applies a commit. An LFS operation must name an object uploaded before; a deletion must name a file that
 * exists. Returns the commit, or the reason it was refused.
 */
export function applyCommit(
  repo: StoredRepo,
  { title, description, operations }: { title: string; description: string; operations: StoreOperation[] },
): StoredCommit | string {
  const tree = new Map(repo.commits.at(-1)?.tree);
  const added: StoredCommit["added"] = [];
  const deleted: string[] = [];
  for (const operation of operations) {
    if (operation.kind === "delete") {
      const before = tree.size;
      for (const path of [...tree.keys()]) {
        if (path === operation.path || path.startsWith(`${operation.path.replace(/\/$/, "")}/`)) {
          tree.delete(path);
        }
      }
      if (tree.size === before) {
        return `cannot delete ${operation.path}: no such file`;
      }
      deleted.push(operation.path);
    } else if (operation.kind === "lfs") {
      const content = repo.lfsObjects.get(operation.oid);
      if (content === undefined) {
        return `LFS object ${operation.oid} of ${operation.path} was never uploaded`;
      }
      tree.set(operation.path, storedFile(operation.path, content, true));
      added.push({ path: operation.path, lfs: true });
    } else {
      tree.set(operation.path, storedFile(operation.path, operation.content, false));
      added.push({ path: operation.path, lfs: false });
    }
  }
  const date = new Date().toISOString();
  commitCounter += 1;
  const oid = createHash("sha1").update(`${repo.name}\0${commitCounter}\0${date}\0${title}`).digest("hex");
  const commit: StoredCommit = { oid, title, description, date, added, deleted, tree };
  repo.commits.push(commit);
  return commit;
}

/** The view of a repository that tests read. */
export function repoView(repo: StoredRepo): HubStandInRepo {
  return {
    id: repo.type === "model" ? repo.name : repoKey(repo.type, repo.name),
    type: repo.type,
    name: repo.name,
    private: repo.private,
    files: new Map(repo.commits.at(-1)?.tree),
    commits: repo.commits.map(({ tree: _tree, ...commit }) => commit),
  };
}
