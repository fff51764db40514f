import { resolve } from "node:path";
import { defaultBfclDataDirectory } from "@apigen/eval-bfcl";

/** The environment variable naming the BFCL data folder. */
export const bfclDataEnvironmentVariable = "APIGEN_BFCL_DATA";

/**
 * The BFCL data folder: `--data-dir`, else `$APIGEN_BFCL_DATA`, else the download cache
 * `~/.cache/apigen/bfcl/<revision>`.
 */
export function resolveDataDirectory({
  dataDir,
  revision = "main",
  environment = process.env,
}: {
  dataDir: string | undefined;
  /** @default "main" */
  revision?: string;
  environment?: NodeJS.ProcessEnv;
}): string {
  if (dataDir !== undefined) {
    return resolve(dataDir);
  }
  const configured = environment[bfclDataEnvironmentVariable];
  return configured !== undefined && configured !== ""
    ? resolve(configured)
    : defaultBfclDataDirectory({ revision });
}
