import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { chown, mkdir } from "node:fs/promises";
import { type BuildSandboxCommandOptions, buildSandboxCommand } from "./build-sandbox-command.js";

/** Options of {@link spawnSandboxed}: those of {@link buildSandboxCommand}. */
export type SpawnSandboxedOptions = BuildSandboxCommandOptions;

/**
 * Starts an untrusted child under the sandbox, in its own process group (kill it with
 * {@link killSandboxed}), with piped stdio. The scratch folder is created and, when the child runs as another
 * user, handed to that user.
 */
export async function spawnSandboxed(
  options: SpawnSandboxedOptions,
): Promise<ChildProcessWithoutNullStreams> {
  const { scratchDirectory, sandbox } = options;
  await mkdir(scratchDirectory, { recursive: true });
  if (sandbox.runAs !== undefined) {
    await chown(scratchDirectory, sandbox.runAs.uid, sandbox.runAs.gid);
  }
  const { file, args, cwd, env } = buildSandboxCommand(options);
  return spawn(file, args, { cwd, env, stdio: "pipe", detached: true });
}

/** Kills a child from {@link spawnSandboxed} and every process in its group. */
export function killSandboxed(child: {
  pid?: number | undefined;
  kill(signal?: NodeJS.Signals): boolean;
}): void {
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, "SIGKILL");
      return;
    } catch {
      // The group is gone already; fall back to the child itself.
    }
  }
  child.kill("SIGKILL");
}
