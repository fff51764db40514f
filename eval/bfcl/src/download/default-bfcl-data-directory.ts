import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Where downloaded BFCL data is cached: `~/.cache/apigen/bfcl/<revision>` (one folder per Hub revision, so
 * pinned revisions never mix).
 *
 * @example
 * defaultBfclDataDirectory() // "/home/me/.cache/apigen/bfcl/main"
 */
export function defaultBfclDataDirectory({
  revision = "main",
  home = homedir(),
}: {
  /** @default "main" */
  revision?: string;
  /** @default os.homedir() */
  home?: string;
} = {}): string {
  return join(home, ".cache", "apigen", "bfcl", revision.replaceAll("/", "_"));
}
