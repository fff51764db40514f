import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { PublishError } from "../errors/publish-error.js";

/** Options of {@link loadHubToken}. */
export interface LoadHubTokenOptions {
  /**
   * Where `HF_TOKEN`, `HF_TOKEN_PATH` and `HF_HOME` are read.
   * @default process.env
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The home folder under which `.cache/huggingface/token` is looked for.
   * @default os.homedir()
   */
  home?: string;
}

/**
 * Finds the Hugging Face token as `huggingface-cli` does: `HF_TOKEN`, else the file at `HF_TOKEN_PATH`, else
 * `$HF_HOME/token`, else `~/.cache/huggingface/token`. It must start with `hf_`. Never taken from a flag, and
 * never repeated in an error message.
 *
 * @example
 * const accessToken = await loadHubToken();
 */
export async function loadHubToken({
  env = process.env,
  home = homedir(),
}: LoadHubTokenOptions = {}): Promise<string> {
  const fromEnv = env.HF_TOKEN?.trim();
  let token = fromEnv === "" ? undefined : fromEnv;
  let where = "the HF_TOKEN environment variable";
  if (token === undefined) {
    const hubHome = env.HF_HOME ?? join(home, ".cache", "huggingface");
    const path = env.HF_TOKEN_PATH ?? join(hubHome, "token");
    where = path;
    token = await readFile(path, "utf8").then(
      (text) => text.trim() || undefined,
      () => undefined,
    );
  }
  if (token === undefined) {
    throw new PublishError({
      kind: "missing_token",
      message:
        "no Hugging Face token: set HF_TOKEN, or log in with `huggingface-cli login` (which writes ~/.cache/huggingface/token)",
    });
  }
  if (!token.startsWith("hf_")) {
    throw new PublishError({
      kind: "invalid_token",
      message: `the Hugging Face token from ${where} does not start with "hf_": use a user access token`,
    });
  }
  return token;
}
