import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRunState } from "./read-run-state.js";
import type { RunState } from "./run-state.js";
import { runStatePath } from "./run-state-path.js";
import { TrainingRunError } from "./training-run-error.js";
import { writeRunState } from "./write-run-state.js";

let jobsDir: string;
beforeEach(async () => {
  jobsDir = await mkdtemp(join(tmpdir(), "apigen-state-"));
});
afterEach(async () => {
  await rm(jobsDir, { recursive: true, force: true });
});

const state: RunState = {
  runId: "run-1",
  backend: "ssh",
  status: "running",
  history: [{ status: "submitted", at: "2026-01-01T00:00:00.000Z", detail: "attempt 1" }],
  remote: { kind: "ssh", host: "gpu.example", port: 22, user: "me", dir: "runs/run-1", pid: 42 },
  attempts: 1,
  lastHeartbeat: { step: 10, loss: 1.0, lr: 5e-6, lastCheckpoint: null },
};

describe("run state files", () => {
  it("round-trips through state.json and leaves no temporary file", async () => {
    const path = await writeRunState({ jobsDir, state });
    expect(path).toBe(join(jobsDir, "run-1", "state.json"));
    expect(await readRunState({ jobsDir, runId: "run-1" })).toEqual(state);
    expect(await readdir(join(jobsDir, "run-1"))).toEqual(["state.json"]);
    expect(await readFile(path, "utf8")).toContain('"status": "running"');
  });

  it("reads a missing run as undefined and a broken one as a TrainingRunError", async () => {
    expect(await readRunState({ jobsDir, runId: "nothing" })).toBeUndefined();
    await writeRunState({ jobsDir, state });
    await writeFile(runStatePath({ jobsDir, runId: "run-1" }), '{"runId": "run-1", "status": "flying"}');
    const error = await readRunState({ jobsDir, runId: "run-1" }).catch((caught: unknown) => caught);
    expect(TrainingRunError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/is not a run state/);
  });

  it("rejects run ids that would escape the jobs folder", () => {
    expect(() => runStatePath({ jobsDir, runId: "../etc" })).toThrow(TypeError);
  });
});

describe("launch lock", () => {
  it("lets one launch of a run id through at a time and cleans up", async () => {
    const { withLaunchLock } = await import("./with-launch-lock.js");
    let release: () => void = () => undefined;
    const first = withLaunchLock(
      { jobsDir, runId: "locked" },
      () =>
        new Promise<string>((done) => {
          release = () => done("first");
        }),
    );
    await new Promise((done) => setTimeout(done, 20));
    const second = await withLaunchLock({ jobsDir, runId: "locked" }, async () => "second").catch(
      (error: unknown) => error,
    );
    expect(TrainingRunError.isInstance(second)).toBe(true);
    expect((second as Error).message).toMatch(
      /another launch or cancel of this run is in progress \(pid \d+ on /,
    );
    release();
    expect(await first).toBe("first");
    expect(await withLaunchLock({ jobsDir, runId: "locked" }, async () => "third")).toBe("third");
    expect(await readdir(join(jobsDir, "locked"))).toEqual([]);
  });
});
