import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** The environment variable naming the BFCL data folder. */
export const bfclDataEnvironmentVariable = "APIGEN_BFCL_DATA";

/** The BFCL data folder: `--data-dir`, else `$APIGEN_BFCL_DATA`, else `~/.cache/apigen/bfcl`. */
export function resolveDataDirectory({
  dataDir,
  environment = process.env,
}: {
  dataDir: string | undefined;
  environment?: NodeJS.ProcessEnv;
}): string {
  if (dataDir !== undefined) {
    return resolve(dataDir);
  }
  const configured = environment[bfclDataEnvironmentVariable];
  return configured !== undefined && configured !== ""
    ? resolve(configured)
    : join(homedir(), ".cache", "apigen", "bfcl");
}
