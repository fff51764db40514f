import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The one setting that says where the shared data (BFCL files, official verdicts) lives. */
export const sharedDirEnvironmentVariable = "APIGEN_SHARED_DIR";

/**
 * The shared data folder: `$APIGEN_SHARED_DIR`, or else `../shared` beside the repository root.
 */
export function sharedDir({ from = process.cwd() }: { from?: string } = {}): string {
  const configured = process.env[sharedDirEnvironmentVariable];
  if (configured !== undefined && configured !== "") {
    return resolve(configured);
  }
  return join(dirname(repositoryRoot(from)), "shared");
}

/** What {@link locateSharedData} found. */
export type SharedData =
  | { available: true; path: string }
  | { available: false; path: string; reason: string };

/**
 * Finds a file or folder under the shared data folder. Where it is absent (a user's clone), the result says
 * what is missing and how to get it, so a test can skip with that reason; under CI (`CI` set) absence throws,
 * because CI always has the shared data beside the clone.
 *
 * @param relative path under the shared folder, e.g. `bfcl/data`
 * @param howToGet what a user runs to get the same data, e.g. the product command that downloads it
 */
export function locateSharedData(relative: string, howToGet: string): SharedData {
  const path = join(sharedDir(), relative);
  if (existsSync(path)) {
    return { available: true, path };
  }
  const reason = `${path} is missing: set ${sharedDirEnvironmentVariable} to a folder that has ${relative}, or ${howToGet}`;
  if (process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false") {
    throw new Error(`Shared test data not found under CI. ${reason}`);
  }
  return { available: false, path, reason };
}

function repositoryRoot(from: string): string {
  let current = resolve(from);
  for (;;) {
    const manifest = join(current, "package.json");
    if (existsSync(manifest) && "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object)) {
      return current;
    }
    const parent = dirname(current);
    if (parent === current) {
      throw new Error(`No npm workspace root above ${from}; run the tests from inside the apigen repository`);
    }
    current = parent;
  }
}
