import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { run } from "./run.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
    },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

describe("apigen", () => {
  it("prints its help with exit code 0", async () => {
    const output = capture();
    expect(await run(["--help"], output.io)).toBe(0);
    expect(output.stdout()).toMatch(/^Usage: apigen \[options\]/);
    expect(output.stdout()).toMatch(/real execution of every call and an LLM judge/);
    expect(output.stdout()).toMatch(/-V, --version/);
  });

  it("prints help when run without arguments", async () => {
    const output = capture();
    expect(await run([], output.io)).toBe(0);
    expect(output.stdout()).toMatch(/^Usage: apigen/);
  });

  it("prints the package version", async () => {
    const output = capture();
    expect(await run(["--version"], output.io)).toBe(0);
    expect(output.stdout().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("rejects an unknown option with exit code 2 and says where to look", async () => {
    const output = capture();
    expect(await run(["--frobnicate"], output.io)).toBe(2);
    expect(output.stderr()).toMatch(/unknown option '--frobnicate'/);
    expect(output.stderr()).toMatch(/apigen --help/);
  });

  it("runs as the built binary", async () => {
    const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "--help"]);
    expect(stdout).toMatch(/^Usage: apigen/);
  });
});
