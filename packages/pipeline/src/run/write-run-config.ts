import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseJson, type RunConfig, runFiles, stringifyJson, toPlainJson } from "@apigen/core";
import { RunDirectoryError } from "./run-directory-error.js";

/** Settings a resumed run may change: how many rows, and how fast. Anything else makes a different data set. */
const resumable = new Set(["target", "concurrency", "maxPrompts"]);

function identity(config: unknown): string {
  const entries = Object.entries(config as Record<string, unknown>).filter(([key]) => !resumable.has(key));
  return stringifyJson(toPlainJson(Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))));
}

/**
 * Writes the resolved config to `config.json`, or, when the directory already holds a run, checks that it was
 * made with the same settings (targets and concurrency may change: a run can be extended) and says which differ.
 */
export async function writeRunConfig(runDir: string, config: RunConfig): Promise<void> {
  const path = join(runDir, runFiles.config);
  const existing = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      return undefined;
    }
    throw error;
  });
  if (existing !== undefined) {
    const before = toPlainJson(parseJson(existing)) as Record<string, unknown>;
    if (identity(before) !== identity(config)) {
      const differing = Object.keys({ ...before, ...config })
        .filter((key) => !resumable.has(key))
        .filter(
          (key) =>
            stringifyJson(toPlainJson(before[key]) ?? null) !==
            stringifyJson(toPlainJson((config as Record<string, unknown>)[key]) ?? null),
        );
      throw new RunDirectoryError(
        `${runDir} holds a run made with different settings (${differing.join(", ")}); ` +
          "resume it with the same config, or choose another --out",
      );
    }
  }
  const temporary = `${path}.tmp`;
  await writeFile(temporary, `${stringifyJson(config, { indent: 2 })}\n`);
  await rename(temporary, path);
}
