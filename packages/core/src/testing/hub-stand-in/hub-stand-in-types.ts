/** The kinds of repository the stand-in serves, as the Hub names them in URLs (`datasets/...`). */
export type HubRepoType = "model" | "dataset" | "space";

/** One file of a repository at its latest commit. */
export interface HubStandInFile {
  path: string;
  /** The file's bytes (for an LFS file, the real content, not the pointer). */
  content: Uint8Array;
  size: number;
  /** The git blob id (of the pointer, for an LFS file). */
  oid: string;
  /** The SHA-256 of the content, for files stored through Git LFS. */
  lfsOid: string | undefined;
  /** The content decoded as UTF-8. */
  text(): string;
}

/** One commit as the stand-in recorded it. */
export interface HubStandInCommit {
  /** 40 hex digits. */
  oid: string;
  title: string;
  description: string;
  /** ISO 8601. */
  date: string;
  /** Paths added or replaced, with how they were sent. */
  added: Array<{ path: string; lfs: boolean }>;
  deleted: string[];
}

/** What a test can see of a repository. */
export interface HubStandInRepo {
  /** `datasets/owner/name`, `spaces/owner/name` or `owner/name` (a model). */
  id: string;
  type: HubRepoType;
  /** `owner/name`. */
  name: string;
  private: boolean;
  /** The files at the head of `main`, by path. */
  files: ReadonlyMap<string, HubStandInFile>;
  /** Every commit, oldest first (the first is the repository's creation). */
  commits: readonly HubStandInCommit[];
}

/** One request the stand-in answered. Authorization values are never kept, only whether one was sent and valid. */
export interface HubStandInRequest {
  method: string;
  /** The path and query string, e.g. `/api/datasets/me/data/commit/main`. */
  path: string;
  status: number;
  authorization: "none" | "valid" | "invalid";
}

/** Options of `startHubStandIn`. */
export interface HubStandInOptions {
  /**
   * The one token the stand-in accepts; must start with `hf_`.
   * @default a fresh random `hf_...` token
   */
  token?: string;
  /**
   * The user the token belongs to: the namespace it may write to.
   * @default "apigen-tester"
   */
  user?: string;
  /**
   * Organisations the user may also write to.
   * @default []
   */
  orgs?: readonly string[];
}

/** A running Hub stand-in. */
export interface HubStandIn {
  /** Base URL to pass as `hubUrl`, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** The token it accepts. */
  readonly token: string;
  /** The user that token belongs to. */
  readonly user: string;
  /** Every request answered so far, oldest first. */
  readonly requests: readonly HubStandInRequest[];
  /**
   * A repository's files and commits, by id as the client writes it (`datasets/owner/name`, or `owner/name` for a
   * model); `undefined` when it does not exist.
   */
  repo(id: string): HubStandInRepo | undefined;
  /**
   * Puts a repository with files in place without any request, e.g. a data set that code under test downloads.
   * Files whose name ends in a binary extension (`.parquet`, `.safetensors`, ...) are stored as LFS files.
   */
  seedRepo(seed: {
    id: string;
    files: Record<string, string | Uint8Array>;
    private?: boolean;
    title?: string;
  }): HubStandInRepo;
  /**
   * Answers the next request whose path (with query) contains `pattern` (or matches it, for a RegExp) with
   * `status` and a JSON error, once. `429` comes with `Retry-After: 0`.
   */
  failNext(pattern: string | RegExp, status?: number, options?: { method?: string }): void;
  /** Forgets the request log. */
  clearRequests(): void;
  /** Stops the server. */
  close(): Promise<void>;
}
