import { redactSecrets } from "@apigen/core";
import { readJobOutcome } from "../read-job-outcome.js";
import type { PollResult } from "../training-backend.js";
import { TrainingBackendError } from "../training-backend-error.js";
import { remotePollScript } from "./remote-scripts.js";
import { execSsh, type SshClient } from "./ssh-session.js";

/**
 * Runs a script on the host and resolves to its stdout; a non-zero exit throws a {@link TrainingBackendError}
 * naming `what`, with the script's stderr less any secret value.
 */
export async function runRemote(
  client: SshClient,
  script: string,
  what: string,
  stdin = "",
  secrets: readonly string[] = [],
): Promise<string> {
  const result = await execSsh(client, script, { stdin });
  if (result.code !== 0) {
    const said = redactSecrets(result.stderr.trim() || result.stdout.trim(), secrets);
    throw new TrainingBackendError({
      backend: "ssh",
      reason: `${what} failed (exit ${result.code}): ${said}`,
    });
  }
  return result.stdout;
}

/** Reads a remote job folder's state with {@link remotePollScript} and interprets it. */
export async function pollRemote(client: SshClient, dir: string): Promise<PollResult> {
  const fields = new Map<string, string>();
  for (const line of (await runRemote(client, remotePollScript({ dir }), "poll")).split("\n")) {
    const at = line.indexOf("=");
    if (at > 0) {
      fields.set(line.slice(0, at), line.slice(at + 1));
    }
  }
  return readJobOutcome({
    alive: fields.get("state") === "running",
    exitCodeText: fields.get("exit") ?? "",
    heartbeatText: fields.get("heartbeat") ?? "",
    completedText: fields.get("completed") ?? "",
  });
}
