import { randomBytes } from "node:crypto";
import { link, readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { stringifyJson } from "../json/stringify-json.js";
import type { Result } from "../result.js";
import { currentLockHolder, type LockHolder, parseLockHolder } from "./lock-holder.js";
import { isProcessAlive } from "./process-liveness.js";

/** A lock this process holds. */
export interface FileLock {
  /** The lock file. */
  path: string;
  /** Removes the lock file (only if it is still this lock's). */
  release(): Promise<void>;
}

/** Why {@link acquireFileLock} could not take a lock: it is held by a live process, or by one on another host. */
export interface LockHeld {
  path: string;
  holder: LockHolder;
}

/** A lock being broken longer than this belongs to a breaker that died: it is removed. */
const breakerStaleMs = 10_000;
const attempts = 8;

/**
 * Takes the lock file `path` for this process, or says who holds it. The file appears whole or not at all (it is
 * written aside and hard-linked into place, which fails if the path exists), and holds the holder's pid, host and
 * start time. A lock whose holder is gone (same host, no such process, or a zombie) is taken over; the takeover is
 * serialised through `<path>.break`, so two processes that find the same stale lock cannot both take it. A lock
 * held on another host is never broken: only that host can tell whether its holder lives.
 *
 * @example
 * const lock = await acquireFileLock("runs/a/run.lock");
 * if (!lock.success) throw new Error(`held by pid ${lock.error.holder.pid}`);
 * try { ... } finally { await lock.value.release(); }
 */
export async function acquireFileLock(path: string): Promise<Result<FileLock, LockHeld>> {
  const text = stringifyJson(currentLockHolder());
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await linkInto(path, text)) {
      return { success: true, value: { path, release: () => releaseIfOurs(path, text) } };
    }
    const found = await readLock(path);
    if (found === undefined) {
      continue;
    }
    if (found.holder !== undefined && isHolderAlive(found.holder)) {
      return { success: false, error: { path, holder: found.holder } };
    }
    await breakStaleLock(path, found.text, text);
  }
  throw new Error(`Could not take ${path}: it keeps changing hands (is something deleting it?)`);
}

/**
 * Who holds the lock file at `path` while that holder lives; undefined when there is no lock, or its holder is gone.
 * A lock held on another host counts as held.
 */
export async function readLiveLockHolder(path: string): Promise<LockHolder | undefined> {
  const found = await readLock(path);
  return found?.holder !== undefined && isHolderAlive(found.holder) ? found.holder : undefined;
}

function isHolderAlive(holder: LockHolder): boolean {
  return holder.host !== hostname() || isProcessAlive(holder.pid);
}

async function linkInto(path: string, text: string): Promise<boolean> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(aside, text);
  try {
    await link(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return false;
    }
    throw error;
  } finally {
    await rm(aside, { force: true });
  }
}

async function readLock(path: string): Promise<{ text: string; holder: LockHolder | undefined } | undefined> {
  try {
    const text = await readFile(path, "utf8");
    return { text, holder: parseLockHolder(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return undefined;
    }
    throw error;
  }
}

/**
 * Removes the lock at `path` if it still holds `staleText`, under `<path>.break` so that only one process at a time
 * checks and removes it: a lock taken over by someone else since `staleText` was read is left alone. Exported for
 * its tests.
 */
export async function breakStaleLock(path: string, staleText: string, ourText: string): Promise<void> {
  const breaker = `${path}.break`;
  if (!(await linkInto(breaker, ourText))) {
    await removeDeadBreaker(breaker);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return;
  }
  try {
    const now = await readLock(path);
    if (now?.text === staleText) {
      await rm(path, { force: true });
    }
  } finally {
    await rm(breaker, { force: true });
  }
}

async function removeDeadBreaker(breaker: string): Promise<void> {
  const found = await readLock(breaker);
  const modified = await stat(breaker).then(
    (info) => info.mtimeMs,
    () => undefined,
  );
  const dead = found?.holder !== undefined && !isHolderAlive(found.holder);
  if (found !== undefined && (dead || (modified !== undefined && Date.now() - modified > breakerStaleMs))) {
    await rm(breaker, { force: true });
  }
}

async function releaseIfOurs(path: string, text: string): Promise<void> {
  const found = await readLock(path);
  if (found?.text === text) {
    await rm(path, { force: true });
  }
}
