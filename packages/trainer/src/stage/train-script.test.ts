import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findTestPython } from "./__fixtures__/find-python.js";
import { trainerPythonDir } from "./stage-train-job.js";

const python = findTestPython();

function runUnittest(modules: string[], timeout: number): { status: number | null; output: string } {
  const result = spawnSync(python.command ?? "python3", ["-m", "unittest", "-v", ...modules], {
    cwd: trainerPythonDir,
    encoding: "utf8",
    timeout,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("the Python training script", () => {
  it.skipIf(python.torchMissing !== undefined)(
    "passes its torch-only tests: prompt masking, heartbeat, checkpoints, resume bookkeeping, dry run",
    () => {
      const { status, output } = runUnittest(["tests.test_core", "tests.test_checkpoints"], 120_000);
      expect(output).toMatch(/Ran \d+ tests/);
      expect(output).not.toMatch(/skipped/);
      expect(status, output).toBe(0);
    },
    150_000,
  );

  it.skipIf(python.trainingMissing !== undefined)(
    "trains a tiny random Llama (full and LoRA): loss falls, a stopped run resumes exactly, SIGTERM checkpoints, LoRA is merged",
    () => {
      const { status, output } = runUnittest(["tests.test_training"], 590_000);
      expect(output).not.toMatch(/skipped/);
      expect(status, output).toBe(0);
    },
    600_000,
  );
});

for (const reason of [python.torchMissing, python.trainingMissing]) {
  if (reason !== undefined) {
    console.warn(`Python training script test skipped: ${reason}`);
  }
}
