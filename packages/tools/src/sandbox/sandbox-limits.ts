/** OS limits for one sandboxed child process. */
export interface SandboxLimits {
  /** Address-space cap (`prlimit --as`), in bytes. @default 1 GiB */
  memoryBytes: number;
  /** CPU-time cap (`prlimit --cpu`), in seconds; the wall-clock timer usually fires first. @default 30 */
  cpuSeconds: number;
  /** Open file descriptors (`prlimit --nofile`). @default 64 */
  openFiles: number;
  /**
   * Processes and threads of the sandbox user (`prlimit --nproc`), which stops fork bombs. Node needs about a
   * dozen threads of its own. Only applied inside a fresh user namespace (bwrap or unshare), where the count
   * is the sandbox's own, and for a root parent only when the child can run as another user. @default 48
   */
  processes: number;
  /** Largest line (one answer) the child may write on stdout, in bytes. @default 16 MiB */
  outputBytes: number;
}

/** The limits used where none are given. */
export const defaultSandboxLimits: Readonly<SandboxLimits> = Object.freeze({
  memoryBytes: 1024 * 1024 * 1024,
  cpuSeconds: 30,
  openFiles: 64,
  processes: 48,
  outputBytes: 16 * 1024 * 1024,
});

/** Fills the limits not given with {@link defaultSandboxLimits}, checking the given ones. */
export function resolveSandboxLimits(limits: Partial<SandboxLimits> = {}): SandboxLimits {
  const resolved = { ...defaultSandboxLimits, ...limits };
  for (const [key, value] of Object.entries(resolved)) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new TypeError(`Sandbox limit ${key} must be a positive integer; got ${String(value)}`);
    }
  }
  return resolved;
}
