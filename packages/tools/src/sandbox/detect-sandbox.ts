import { spawnSync } from "node:child_process";

/** Which mechanism confines untrusted children on this machine. */
export type SandboxKind = "bwrap" | "unshare" | "none";

/** One protection a sandbox gives. */
export type SandboxProtection =
  | "memory-limit"
  | "cpu-limit"
  | "open-files-limit"
  | "process-limit"
  | "no-network"
  | "hidden-file-system"
  | "clean-environment"
  | "wall-clock-timer"
  | "output-cap";

/** What {@link detectSandbox} found. */
export interface SandboxInfo {
  kind: SandboxKind;
  /** The protections that hold for children started with this sandbox. */
  protections: SandboxProtection[];
  /** Set when the child runs as another user to make `--nproc` bite (the parent is root). */
  runAs: { uid: number; gid: number } | undefined;
  /** A one-line statement of what protection is missing, when something is. */
  warning: string | undefined;
}

/** Options of {@link detectSandbox}. */
export interface DetectSandboxOptions {
  /**
   * Pretend these mechanisms are missing; the tests use it to check each fallback.
   * @default []
   */
  disable?: readonly ("bwrap" | "unshare" | "prlimit")[];
  /** The user a root parent runs children as (RLIMIT_NPROC does not apply to root). @default 65534 (nobody) */
  runAsUser?: { uid: number; gid: number };
}

const cache = new Map<string, SandboxInfo>();

function works(file: string, args: readonly string[]): boolean {
  const result = spawnSync(file, args, { stdio: "ignore", timeout: 5_000 });
  return result.status === 0;
}

/**
 * Finds, once per process, how untrusted children can be confined: Bubblewrap (`bwrap`, everything hidden
 * and unshared), else `unshare -n -r` (no network, but the file system stays visible), else nothing but
 * `prlimit` limits and the kill timer. The result lists the protections that hold and a warning naming what
 * is missing.
 *
 * @example
 * const sandbox = detectSandbox();
 * if (sandbox.warning) logger.warn(sandbox.warning);
 */
export function detectSandbox({
  disable = [],
  runAsUser = { uid: 65534, gid: 65534 },
}: DetectSandboxOptions = {}): SandboxInfo {
  const key = `${[...disable].sort().join(",")}|${runAsUser.uid}:${runAsUser.gid}`;
  const known = cache.get(key);
  if (known !== undefined) {
    return known;
  }
  const isRoot = process.getuid?.() === 0;
  const dropArgs = setprivArgs(runAsUser);
  const canDrop = isRoot && works(dropArgs[0] ?? "setpriv", [...dropArgs.slice(1), "true"]);
  const prlimit = !disable.includes("prlimit") && works("prlimit", ["--nofile=64", "--", "true"]);
  const find = (as: { uid: number; gid: number } | undefined): SandboxKind => {
    const run = (args: string[]) =>
      as === undefined
        ? works(args[0] ?? "true", args.slice(1))
        : works(dropArgs[0] ?? "setpriv", [...dropArgs.slice(1), ...args]);
    if (!disable.includes("bwrap") && run(["bwrap", ...bwrapProbeArgs, "--", "/usr/bin/true"])) {
      return "bwrap";
    }
    if (!disable.includes("unshare") && run(["unshare", "-n", "-r", "--", "true"])) {
      return "unshare";
    }
    return "none";
  };
  let runAs = canDrop ? runAsUser : undefined;
  let kind = find(runAs);
  if (kind === "none" && runAs !== undefined) {
    const asRoot = find(undefined);
    if (asRoot !== "none") {
      runAs = undefined;
      kind = asRoot;
    }
  }
  const protections: SandboxProtection[] = ["wall-clock-timer", "output-cap", "clean-environment"];
  if (prlimit) {
    protections.push("memory-limit", "cpu-limit", "open-files-limit");
    if (kind !== "none" && (!isRoot || runAs !== undefined)) {
      protections.push("process-limit");
    }
  }
  if (kind !== "none") {
    protections.push("no-network");
  }
  if (kind === "bwrap") {
    protections.push("hidden-file-system");
  }
  const missing = allProtections.filter((protection) => !protections.includes(protection));
  const info: SandboxInfo = {
    kind,
    protections,
    runAs,
    warning:
      missing.length === 0
        ? undefined
        : `Tool sandbox is ${kind === "none" ? "not available" : `"${kind}"`}: missing ${missing.join(", ")}${kind === "none" ? " (install bubblewrap, or allow unprivileged user namespaces for unshare)" : kind === "unshare" ? " (install bubblewrap to hide the file system)" : ""}`,
  };
  cache.set(key, info);
  return info;
}

const allProtections: readonly SandboxProtection[] = [
  "memory-limit",
  "cpu-limit",
  "open-files-limit",
  "process-limit",
  "no-network",
  "hidden-file-system",
  "clean-environment",
  "wall-clock-timer",
  "output-cap",
];

const bwrapProbeArgs = [
  "--unshare-all",
  "--die-with-parent",
  "--ro-bind",
  "/usr",
  "/usr",
  ...usrLinks(),
  "--tmpfs",
  "/tmp",
];

/** The symlinks a merged-/usr system needs inside a bwrap root. */
export function usrLinks(): string[] {
  return ["--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin"];
}

/** `setpriv` arguments that drop to another user with no supplementary groups and no capabilities. */
export function setprivArgs({ uid, gid }: { uid: number; gid: number }): string[] {
  return ["setpriv", `--reuid=${uid}`, `--regid=${gid}`, "--clear-groups", "--inh-caps=-all", "--"];
}
