import { type SandboxInfo, setprivArgs, usrLinks } from "./detect-sandbox.js";
import type { SandboxLimits } from "./sandbox-limits.js";

/** Options of {@link buildSandboxCommand}. */
export interface BuildSandboxCommandOptions {
  sandbox: SandboxInfo;
  /** Absolute path of the interpreter to run. */
  command: string;
  args: readonly string[];
  /** The only folder the child may write; its working directory. */
  scratchDirectory: string;
  /** Files and folders the child may read (bound read-only at the same path under bwrap). */
  readOnlyPaths: readonly string[];
  limits: SandboxLimits;
  /** The whole environment of the child; nothing of the parent's is passed on. */
  env: Readonly<Record<string, string>>;
}

/** A command line ready for `spawn`. */
export interface SandboxCommand {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/**
 * Builds the command line that starts `command` confined by the detected sandbox: `setpriv` to an unprivileged
 * user when the parent is root, then `bwrap` (everything unshared, only `/usr`, the read-only paths and the
 * scratch folder visible, fresh `/tmp`) or `unshare -n -r` (no network), then `prlimit` with the limits.
 */
export function buildSandboxCommand({
  sandbox,
  command,
  args,
  scratchDirectory,
  readOnlyPaths,
  limits,
  env,
}: BuildSandboxCommandOptions): SandboxCommand {
  const limited = sandbox.protections.includes("memory-limit")
    ? [
        "prlimit",
        `--as=${limits.memoryBytes}`,
        `--cpu=${limits.cpuSeconds}`,
        `--nofile=${limits.openFiles}`,
        ...(sandbox.protections.includes("process-limit") ? [`--nproc=${limits.processes}`] : []),
        "--",
        command,
        ...args,
      ]
    : [command, ...args];
  let confined: string[];
  if (sandbox.kind === "bwrap") {
    const binds = readOnlyPaths
      .filter((path) => !path.startsWith("/usr/"))
      .flatMap((path) => ["--ro-bind", path, path]);
    const variables = Object.entries(env).flatMap(([name, value]) => ["--setenv", name, value]);
    confined = [
      "bwrap",
      "--unshare-all",
      "--die-with-parent",
      "--new-session",
      "--ro-bind",
      "/usr",
      "/usr",
      ...usrLinks(),
      "--proc",
      "/proc",
      "--dev",
      "/dev",
      "--tmpfs",
      "/tmp",
      ...binds,
      "--bind",
      scratchDirectory,
      scratchDirectory,
      "--chdir",
      scratchDirectory,
      "--clearenv",
      ...variables,
      "--",
      ...limited,
    ];
  } else if (sandbox.kind === "unshare") {
    confined = ["unshare", "-n", "-r", "--", ...limited];
  } else {
    confined = limited;
  }
  const full = sandbox.runAs === undefined ? confined : [...setprivArgs(sandbox.runAs), ...confined];
  const [file = command, ...rest] = full;
  return { file, args: rest, cwd: scratchDirectory, env: { ...env } };
}
