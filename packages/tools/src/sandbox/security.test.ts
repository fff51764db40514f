import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { type JsonObject, stringifyJson } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApigenToolExecutor,
  createToolExecutor,
  type ExecutorOutcome,
} from "../executor/create-tool-executor.js";
import { createJsModuleSource } from "../sources/js-module/create-js-module-source.js";
import { createPythonModuleSource } from "../sources/python-module/create-python-module-source.js";
import { detectSandbox, type SandboxInfo, type SandboxKind } from "./detect-sandbox.js";

const secret = "apigen-test-secret-7f3a9c";
const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

const jsProbes = `
const fs = require("node:fs");
const net = require("node:net");
const childProcess = require("node:child_process");
const tool = (name, run) => ({ name, description: name, parameters: { type: "object", properties: {} }, run });
module.exports.tools = [
  tool("read_file", ({ path }) => fs.readFileSync(path, "utf8").slice(0, 200)),
  tool("list_folder", ({ path }) => fs.readdirSync(path).slice(0, 20)),
  tool("write_file", ({ path }) => { fs.writeFileSync(path, "escaped"); return "written"; }),
  tool("open_socket", ({ host, port }) => new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(3000, () => { socket.destroy(); reject(Object.assign(new Error("connect timed out"), { code: "ETIMEDOUT" })); });
    socket.on("connect", () => { socket.destroy(); resolve("connected"); });
    socket.on("error", reject);
  })),
  tool("resolve_name", async () => { await fetch("http://example.com/"); return "fetched"; }),
  tool("spawn_process", () => childProcess.execFileSync("/bin/sh", ["-c", "echo \\"secret=$APIGEN_TEST_SECRET\\""], { encoding: "utf8" }).trim()),
  tool("read_environment", () => JSON.stringify(process.env)),
  tool("endless_loop", () => { for (;;) {} }),
  tool("allocate_4gb", () => { const chunks = []; for (let i = 0; i < 64; i++) chunks.push(Buffer.alloc(64 * 1024 * 1024, 1)); return chunks.length; }),
  tool("fork_bomb", () => new Promise((resolve) => {
    const children = [];
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const child = childProcess.spawn("/bin/sleep", ["30"], { stdio: "ignore" });
      child.on("error", () => { refused++; });
      children.push(child);
    }
    setTimeout(() => { for (const child of children) child.kill("SIGKILL"); resolve({ started: children.filter((c) => c.pid !== undefined).length, refused }); }, 500);
  })),
  tool("huge_result", () => "x".repeat(100 * 1024 * 1024)),
  tool("still_alive", () => "alive"),
];
`;

const pythonProbes = `
import json
import os
import socket
import subprocess


def read_file(path: str) -> str:
    """Read a file."""
    with open(path) as handle:
        return handle.read(200)


def list_folder(path: str) -> list:
    """List a folder."""
    return sorted(os.listdir(path))[:20]


def write_file(path: str) -> str:
    """Write a file."""
    with open(path, "w") as handle:
        handle.write("escaped")
    return "written"


def open_socket(host: str, port: int) -> str:
    """Connect."""
    socket.create_connection((host, port), timeout=3).close()
    return "connected"


def resolve_name() -> list:
    """Resolve a host name."""
    return [str(entry[4]) for entry in socket.getaddrinfo("example.com", 80)]


def spawn_process() -> str:
    """Run a shell."""
    return subprocess.run(["/bin/sh", "-c", 'echo "secret=$APIGEN_TEST_SECRET"'], capture_output=True, text=True, check=True).stdout.strip()


def read_environment() -> str:
    """The environment."""
    return json.dumps(dict(os.environ))


def endless_loop() -> None:
    """Loop."""
    while True:
        pass


def allocate_4gb() -> int:
    """Allocate."""
    return len(bytearray(4 * 1024 ** 3))


def fork_bomb() -> None:
    """Fork without end."""
    while True:
        os.fork()


def huge_result() -> str:
    """A 100 MB answer."""
    return "x" * (100 * 1024 * 1024)


def still_alive() -> str:
    """Alive."""
    return "alive"
`;

interface Probe {
  name: string;
  tool: string;
  arguments: () => JsonObject;
  timeoutMs?: number;
  /** Why the probe cannot run safely with this sandbox, if it cannot. */
  skip?: (sandbox: SandboxInfo) => string | undefined;
  /** Asserts what must hold with this sandbox; may return a note for the table. */
  check: (outcome: ExecutorOutcome, sandbox: SandboxInfo, language: "js" | "python") => string | undefined;
}

let directory: string;
let outside: string;

const text = (outcome: ExecutorOutcome) =>
  outcome.status === "ok" ? stringifyJson(outcome.output) : outcome.message;
const hidden = (outcome: ExecutorOutcome, sandbox: SandboxInfo) => {
  if (sandbox.kind === "bwrap") {
    expect(outcome.status).toBe("tool_error");
    expect(outcome.status !== "ok" && outcome.message).toMatch(/ENOENT|No such file/);
    return "hidden";
  }
  return outcome.status === "ok" ? "VISIBLE (no fs isolation)" : "denied by permissions";
};

const probes: Probe[] = [
  { name: "read /etc/passwd", tool: "read_file", arguments: () => ({ path: "/etc/passwd" }), check: hidden },
  {
    name: "list the home folder",
    tool: "list_folder",
    arguments: () => ({ path: homedir() }),
    check: hidden,
  },
  {
    name: "write outside scratch",
    tool: "write_file",
    arguments: () => ({ path: join(outside, "escaped.txt") }),
    check: (_, sandbox) => {
      const escaped = existsSync(join(outside, "escaped.txt"));
      if (sandbox.kind === "bwrap") {
        expect(escaped).toBe(false);
      }
      return escaped ? "WRITTEN on the host" : "host untouched";
    },
  },
  {
    name: "socket to 1.1.1.1:53",
    tool: "open_socket",
    arguments: () => ({ host: "1.1.1.1", port: 53 }),
    skip: (sandbox) =>
      sandbox.kind === "none" ? "no network namespace: the probe would reach the network" : undefined,
    check: (outcome) => {
      expect(outcome.status).toBe("network_denied");
      return undefined;
    },
  },
  {
    name: "resolve example.com",
    tool: "resolve_name",
    arguments: () => ({}),
    skip: (sandbox) =>
      sandbox.kind === "none" ? "no network namespace: the probe would reach the network" : undefined,
    check: (outcome) => {
      expect(outcome.status).toBe("network_denied");
      return undefined;
    },
  },
  {
    name: "spawn a process",
    tool: "spawn_process",
    arguments: () => ({}),
    check: (outcome) => {
      expect(outcome).toMatchObject({ status: "ok", output: "secret=" });
      return "child stays inside";
    },
  },
  {
    name: "read the env secret",
    tool: "read_environment",
    arguments: () => ({}),
    check: (outcome) => {
      expect(outcome.status).toBe("ok");
      expect(text(outcome)).not.toContain(secret);
      expect(text(outcome)).not.toContain("APIGEN_TEST_SECRET");
      return "not visible";
    },
  },
  {
    name: "endless loop",
    tool: "endless_loop",
    arguments: () => ({}),
    timeoutMs: 500,
    check: (outcome) => {
      expect(outcome.status).toBe("timeout");
      return undefined;
    },
  },
  {
    name: "allocate 4 GB",
    tool: "allocate_4gb",
    arguments: () => ({}),
    check: (outcome) => {
      expect(outcome.status).toBe("memory_limit");
      return undefined;
    },
  },
  {
    name: "fork bomb",
    tool: "fork_bomb",
    arguments: () => ({}),
    skip: (sandbox) =>
      sandbox.protections.includes("process-limit")
        ? undefined
        : "no enforced process limit (prlimit --nproc does not bind root without setpriv): a fork bomb would hit the machine",
    check: (outcome, _, language) => {
      if (language === "js") {
        expect(outcome.status).toBe("ok");
        const refused = (outcome.status === "ok" && (outcome.output as { refused: number }).refused) || 0;
        expect(refused).toBeGreaterThan(0);
        return `${refused} of 400 refused`;
      }
      expect(outcome).toMatchObject({
        status: "tool_error",
        message: expect.stringMatching(/Resource temporarily unavailable/),
      });
      return "fork refused";
    },
  },
  {
    name: "100 MB result",
    tool: "huge_result",
    arguments: () => ({}),
    check: (outcome) => {
      expect(outcome).toMatchObject({ status: "tool_error", message: expect.stringContaining("output cap") });
      return "refused";
    },
  },
  {
    name: "still serving",
    tool: "still_alive",
    arguments: () => ({}),
    check: (outcome) => {
      expect(outcome).toMatchObject({ status: "ok", output: "alive" });
      return undefined;
    },
  },
];

const variants: { kind: Exclude<SandboxKind, "none">; sandbox: SandboxInfo }[] = [
  { kind: "bwrap", sandbox: detectSandbox() },
  { kind: "unshare", sandbox: detectSandbox({ disable: ["bwrap"] }) },
];
const table: string[][] = [];

beforeAll(async () => {
  process.env.APIGEN_TEST_SECRET = secret;
  directory = await mkdtemp(join(tmpdir(), "apigen-security-"));
  outside = join(directory, "outside");
  await chmod(directory, 0o755);
  await mkdir(outside, { mode: 0o777 });
  await chmod(outside, 0o777);
  await writeFile(join(directory, "probes.cjs"), jsProbes, { mode: 0o644 });
  await writeFile(join(directory, "probes.py"), pythonProbes, { mode: 0o644 });
});

afterAll(async () => {
  delete process.env.APIGEN_TEST_SECRET;
  await rm(directory, { recursive: true, force: true });
  console.log(
    [
      `probe × source → outcome; sandbox here: ${variants.map(({ sandbox }) => `${sandbox.kind} [${sandbox.protections.join(", ")}]`).join(" / ")}`,
      ...table.map((row) => row.map((cell, index) => cell.padEnd(index === 0 ? 22 : 48)).join(" | ")),
    ].join("\n"),
  );
});

describe.each(variants)("security probes under $kind", ({ kind, sandbox }) => {
  const unavailable = sandbox.kind === kind ? undefined : `${kind} is not usable on this machine`;
  let executors: Record<"js" | "python", ApigenToolExecutor> | undefined;

  beforeAll(() => {
    if (unavailable === undefined) {
      executors = {
        js: createToolExecutor({
          sources: [createJsModuleSource({ path: join(directory, "probes.cjs"), sandbox })],
        }),
        python: createToolExecutor({
          sources: [createPythonModuleSource({ path: join(directory, "probes.py"), python, sandbox })],
        }),
      };
    }
  });

  afterAll(async () => {
    await executors?.js.close();
    await executors?.python.close();
  });

  for (const probe of probes) {
    const reason = unavailable ?? probe.skip?.(sandbox);
    it.skipIf(reason !== undefined)(
      `${probe.name}${reason === undefined ? "" : ` (skipped: ${reason})`}`,
      async () => {
        const row = [probe.name];
        for (const language of ["js", "python"] as const) {
          const executor = executors?.[language];
          if (executor === undefined) {
            throw new Error("the executors were not created");
          }
          const outcome = await executor.execute(
            { name: probe.tool, arguments: probe.arguments() },
            probe.timeoutMs === undefined ? {} : { timeoutMs: probe.timeoutMs },
          );
          const note = probe.check(outcome, sandbox, language);
          row.push(`${language}/${kind}: ${outcome.status}${note === undefined ? "" : ` (${note})`}`);
        }
        table.push(row);
      },
      20_000,
    );
  }
});
