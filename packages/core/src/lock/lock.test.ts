import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringifyJson } from "../json/stringify-json.js";
import { acquireFileLock, breakStaleLock, readLiveLockHolder } from "./acquire-file-lock.js";
import { currentLockHolder, parseLockHolder } from "./lock-holder.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "apigen-lock-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

const staleLock = (pid: number) => stringifyJson({ ...currentLockHolder(), pid });

describe("acquireFileLock", () => {
  it("takes a lock, refuses a second taker while held, and frees it on release", async () => {
    const path = join(dir, "run.lock");
    const first = await acquireFileLock(path);
    expect(first.success).toBe(true);
    const second = await acquireFileLock(path);
    expect(second).toMatchObject({ success: false, error: { path, holder: { pid: process.pid } } });
    expect(await readLiveLockHolder(path)).toMatchObject({ pid: process.pid });
    if (first.success) {
      await first.value.release();
    }
    expect(await readLiveLockHolder(path)).toBeUndefined();
    expect((await acquireFileLock(path)).success).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(["run.lock"]);
  });

  it("takes over a lock whose holder is gone, or that holds no holder at all", async () => {
    const path = join(dir, "run.lock");
    await writeFile(path, staleLock(deadPid()));
    expect(await readLiveLockHolder(path)).toBeUndefined();
    const lock = await acquireFileLock(path);
    expect(lock.success).toBe(true);
    expect(parseLockHolder(await readFile(path, "utf8"))).toMatchObject({ pid: process.pid });

    const garbled = join(dir, "garbled.lock");
    await writeFile(garbled, "");
    expect((await acquireFileLock(garbled)).success).toBe(true);
  });

  it("never breaks a lock held on another host", async () => {
    const path = join(dir, "run.lock");
    await writeFile(
      path,
      stringifyJson({ ...currentLockHolder(), host: "elsewhere.invalid", pid: deadPid() }),
    );
    expect(await acquireFileLock(path)).toMatchObject({
      success: false,
      error: { holder: { host: "elsewhere.invalid" } },
    });
  });

  it("lets exactly one of many concurrent takers break a stale lock", async () => {
    const path = join(dir, "run.lock");
    await writeFile(path, staleLock(deadPid()));
    const results = await Promise.all(Array.from({ length: 24 }, () => acquireFileLock(path)));
    expect(results.filter((result) => result.success)).toHaveLength(1);
    expect((await readdir(dir)).sort()).toEqual(["run.lock"]);
  });

  it("leaves a lock alone that was taken over since it was found stale", async () => {
    const path = join(dir, "run.lock");
    const stale = staleLock(deadPid());
    await writeFile(path, stale);
    const lock = await acquireFileLock(path);
    expect(lock.success).toBe(true);
    const mine = await readFile(path, "utf8");
    await breakStaleLock(path, stale, staleLock(process.pid));
    expect(await readFile(path, "utf8")).toBe(mine);
    await writeFile(`${path}.break`, staleLock(process.pid));
    await breakStaleLock(path, mine, staleLock(process.pid));
    expect(await readFile(path, "utf8")).toBe(mine);
    await writeFile(`${path}.break`, staleLock(deadPid()));
    await breakStaleLock(path, mine, staleLock(process.pid));
    expect(await readdir(dir)).toEqual(["run.lock"]);
  });

  it("does not remove a lock that another holder took since (release is for its own lock only)", async () => {
    const path = join(dir, "run.lock");
    const lock = await acquireFileLock(path);
    const other = stringifyJson({ ...currentLockHolder(), host: "elsewhere.invalid" });
    await writeFile(path, other);
    if (lock.success) {
      await lock.value.release();
    }
    expect(await readFile(path, "utf8")).toBe(other);
  });
});
