import { describe, expect, it } from "vitest";
import { buildSandboxCommand } from "./build-sandbox-command.js";
import { detectSandbox, type SandboxInfo } from "./detect-sandbox.js";
import { resolveSandboxLimits } from "./sandbox-limits.js";

const limits = resolveSandboxLimits({ memoryBytes: 1_000_000, cpuSeconds: 2, openFiles: 16, processes: 8 });
const base = {
  command: "/usr/bin/node",
  args: ["-e", "1"],
  scratchDirectory: "/tmp/scratch",
  readOnlyPaths: ["/srv/tools", "/usr/lib/node"],
  limits,
  env: { PATH: "/usr/bin", SECRET_FREE: "yes" },
};
const all: SandboxInfo["protections"] = [
  "wall-clock-timer",
  "output-cap",
  "clean-environment",
  "memory-limit",
  "cpu-limit",
  "open-files-limit",
  "process-limit",
  "no-network",
];

describe("detectSandbox", () => {
  it("finds the best mechanism here and states what is missing", () => {
    const sandbox = detectSandbox();
    expect(["bwrap", "unshare", "none"]).toContain(sandbox.kind);
    expect(sandbox.protections).toContain("wall-clock-timer");
    if (sandbox.kind === "bwrap") {
      expect(sandbox.protections).toEqual(expect.arrayContaining(["no-network", "hidden-file-system"]));
    }
    expect(detectSandbox()).toBe(sandbox);
  });

  it("falls back and warns when mechanisms are missing", () => {
    const none = detectSandbox({ disable: ["bwrap", "unshare", "prlimit"] });
    expect(none.kind).toBe("none");
    expect(none.protections).toEqual(["wall-clock-timer", "output-cap", "clean-environment"]);
    expect(none.warning).toMatch(
      /^Tool sandbox is not available: missing memory-limit, cpu-limit, open-files-limit, process-limit, no-network, hidden-file-system/,
    );
    const unshare = detectSandbox({ disable: ["bwrap"] });
    if (unshare.kind === "unshare") {
      expect(unshare.warning).toContain(
        "missing hidden-file-system (install bubblewrap to hide the file system)",
      );
    }
  });
});

describe("buildSandboxCommand", () => {
  it("wraps the command in bwrap with binds, a clean environment and prlimit", () => {
    const sandbox: SandboxInfo = {
      kind: "bwrap",
      protections: [...all, "hidden-file-system"],
      runAs: undefined,
      warning: undefined,
    };
    const command = buildSandboxCommand({ ...base, sandbox });
    expect(command.file).toBe("bwrap");
    const line = command.args.join(" ");
    expect(line).toContain("--unshare-all --die-with-parent --new-session --ro-bind /usr /usr");
    expect(line).toContain("--ro-bind /srv/tools /srv/tools");
    expect(line).not.toContain("--ro-bind /usr/lib/node");
    expect(line).toContain("--bind /tmp/scratch /tmp/scratch --chdir /tmp/scratch --clearenv");
    expect(line).toContain("--setenv PATH /usr/bin --setenv SECRET_FREE yes");
    expect(line).toMatch(/-- prlimit --as=1000000 --cpu=2 --nofile=16 --nproc=8 -- \/usr\/bin\/node -e 1$/);
  });

  it("uses unshare without network, dropping to another user for a root parent", () => {
    const sandbox: SandboxInfo = {
      kind: "unshare",
      protections: all,
      runAs: { uid: 65534, gid: 65534 },
      warning: "x",
    };
    const command = buildSandboxCommand({ ...base, sandbox });
    expect([command.file, ...command.args].join(" ")).toBe(
      "setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all -- unshare -n -r -- prlimit --as=1000000 --cpu=2 --nofile=16 --nproc=8 -- /usr/bin/node -e 1",
    );
    expect(command.cwd).toBe("/tmp/scratch");
    expect(command.env).toEqual({ PATH: "/usr/bin", SECRET_FREE: "yes" });
  });

  it("runs the command bare when nothing is available", () => {
    const sandbox: SandboxInfo = {
      kind: "none",
      protections: ["wall-clock-timer"],
      runAs: undefined,
      warning: "x",
    };
    const command = buildSandboxCommand({ ...base, sandbox });
    expect([command.file, ...command.args]).toEqual(["/usr/bin/node", "-e", "1"]);
  });

  it("rejects limits that are not positive integers", () => {
    expect(() => resolveSandboxLimits({ memoryBytes: 0 })).toThrow(
      "Sandbox limit memoryBytes must be a positive integer; got 0",
    );
  });
});
