import { hostname } from "node:os";
import { z } from "zod";
import { safeParseJson } from "../json/safe-parse-json.js";

/** Who holds a lock file: the content of the file, written whole before the lock appears. */
export const lockHolderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  /** ISO 8601 time the lock was taken. */
  since: z.string(),
});

/** Who holds a lock file. */
export type LockHolder = z.infer<typeof lockHolderSchema>;

/** This process as a lock holder. */
export function currentLockHolder(now: Date = new Date()): LockHolder {
  return { pid: process.pid, host: hostname(), since: now.toISOString() };
}

/** Reads a lock file's holder; undefined when the text is not one (a file this module did not write). */
export function parseLockHolder(text: string): LockHolder | undefined {
  const parsed = safeParseJson({ text, schema: lockHolderSchema });
  return parsed.success ? parsed.value : undefined;
}
