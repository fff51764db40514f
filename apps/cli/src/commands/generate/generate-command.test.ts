import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Example, readRunExamples, readRunStats, stringifyJson } from "@apigen/core";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { scriptedGenerator, scriptedToolNames } from "@apigen/pipeline/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";

const binary = fileURLToPath(new URL("../../../bin/apigen.js", import.meta.url));
const targets = {
  simple: 4,
  multiple: 3,
  parallel: 3,
  parallel_multiple: 3,
  no_call: 2,
  missing_argument: 2,
};
const total = Object.values(targets).reduce((sum, count) => sum + count, 0);

async function writeConfig(dir: string, server: OpenAiCompatibleServer): Promise<string> {
  const path = join(dir, "apigen.json");
  const config = {
    seed: 3,
    target: { byStyle: targets },
    tools: { builtin: { names: [...scriptedToolNames] } },
    generator: { model: { provider: "openai-compatible", model: "test-model", baseUrl: server.url } },
    concurrency: 4,
  };
  await writeFile(path, stringifyJson(config, { indent: 2 }));
  return path;
}

async function accepted(runDir: string): Promise<Example[]> {
  const rows: Example[] = [];
  for await (const row of readRunExamples(runDir)) {
    rows.push(row);
  }
  return rows;
}

describe("apigen generate", () => {
  let dir: string;
  let server: OpenAiCompatibleServer;
  let runDir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "apigen-generate-"));
    runDir = join(dir, "run");
    server = await startOpenAiCompatibleServer({ script: scriptedGenerator(runDir), latencyMs: 20 });
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("generates the target from a config, prints the funnel, and apigen stats reads it back", async () => {
    const config = await writeConfig(dir, server);
    const run = await runApigen("generate", "--config", config, "--out", runDir);
    expect(run.stderr).toContain(`Generating ${total} rows into ${runDir}`);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/accepted/i);
    expect(run.stdout).toContain(join(runDir, "accepted.jsonl"));
    expect(await accepted(runDir)).toHaveLength(total);

    const stats = await runApigen("stats", runDir, "--by", "style");
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain("parallel_multiple");
    const json = await runApigen("stats", runDir, "--json");
    expect(JSON.parse(json.stdout).funnel.accepted).toBe(total);
  });

  it("previews prompts with --dry-run without calling the model", async () => {
    const config = await writeConfig(dir, server);
    const run = await runApigen("generate", "--config", config, "--dry-run", "2");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--- prompt 0:");
    expect(run.stdout).toContain("--- prompt 1:");
    expect(server.requests).toHaveLength(0);
  });

  it("plans the example configs in the repository without calling any model", async () => {
    for (const name of ["apigen.yaml", "scripted-demo.yaml"]) {
      const path = fileURLToPath(new URL(`../../../../../examples/${name}`, import.meta.url));
      const run = await runApigen("generate", "--config", path, "--dry-run", "1");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("--- prompt 0:");
    }
  });

  it("says what is wrong with a config, by path", async () => {
    const path = join(dir, "bad.json");
    await writeFile(path, stringifyJson({ target: { byStyle: { simple: 1 } }, tools: {}, bogus: 1 }));
    const run = await runApigen("generate", "--config", path, "--out", runDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bogus/);
  });

  it("stops cleanly on Ctrl-C with exit code 130, and the same command resumes to the target", async () => {
    const config = await writeConfig(dir, server);
    const child = spawn(process.execPath, [binary, "generate", "--config", config, "--out", runDir], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const watcher = setInterval(() => {
      if (server.requests.length >= 6) {
        child.kill("SIGINT");
        clearInterval(watcher);
      }
    }, 2);
    expect(await exit).toBe(130);
    expect(stderr).toContain("run the same command to resume");
    expect((await readRunStats(runDir)).status).toBe("stopped");
    const resumed = await runApigen("generate", "--config", config, "--out", runDir);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/resuming: \d+ rows on disk/);
    expect(await accepted(runDir)).toHaveLength(total);
  }, 60_000);

  it("survives kill -9 at random moments: the same command finishes with exactly the target", async () => {
    const config = await writeConfig(dir, server);
    const start = (): ChildProcess =>
      spawn(process.execPath, [binary, "generate", "--config", config, "--out", runDir], {
        stdio: ["ignore", "ignore", "pipe"],
      });
    let kills = 0;
    for (let round = 0; round < 12; round++) {
      const child = start();
      const before = server.requests.length;
      const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      const killAfter = 3 + ((round * 7) % 11);
      const watcher = setInterval(() => {
        if (server.requests.length - before >= killAfter) {
          child.kill("SIGKILL");
        }
      }, 2);
      const code = await exit;
      clearInterval(watcher);
      if (code === 0) {
        break;
      }
      kills++;
    }
    expect(kills).toBeGreaterThan(0);
    const last = await new Promise<number | null>((resolve) => start().on("exit", resolve));
    expect(last).toBe(0);
    const rows = await accepted(runDir);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row.id)).size).toBe(total);
    expect(new Set(rows.map((row) => row.query)).size).toBe(total);
    const stats = await readRunStats(runDir);
    expect(stats.status).toBe("completed");
    expect(stats.funnel.accepted).toBe(total);
    // A request answered before a kill is served from the cache afterwards: only calls in flight at a kill
    // (at most 4 prompts, each with its judge calls) can reach the server twice.
    const bodies = server.requests.map((request) => stringifyJson(request.body ?? null));
    const repeated = bodies.length - new Set(bodies).size;
    expect(repeated).toBeLessThanOrEqual(kills * 4 * 3);
  }, 120_000);
});
