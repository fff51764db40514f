import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Example,
  exampleSchema,
  type RunConfig,
  readJsonl,
  readRunStats,
  runConfigSchema,
  runFiles,
  stringifyJson,
} from "@apigen/core";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scriptedGenerator, scriptedToolNames } from "../testing/index.js";
import { runGeneration } from "./run-generation.js";

const targets = {
  simple: 3,
  multiple: 2,
  parallel: 2,
  parallel_multiple: 2,
  no_call: 1,
  missing_argument: 1,
};

function configFor(server: OpenAiCompatibleServer, overrides: Partial<RunConfig> = {}): RunConfig {
  return runConfigSchema.parse({
    seed: 7,
    target: { byStyle: targets },
    tools: { builtin: { names: [...scriptedToolNames] } },
    generator: {
      model: {
        provider: "openai-compatible",
        model: "test-model",
        baseUrl: server.url,
        price: { inputPerMillion: 1, outputPerMillion: 2 },
      },
    },
    sampling: { toolsPerPrompt: { min: 2, max: 3 } },
    concurrency: 4,
    ...overrides,
  });
}

async function readAll(path: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const { value } of readJsonl(path)) {
    rows.push(value as Record<string, unknown>);
  }
  return rows;
}

describe("runGeneration", { timeout: 60_000 }, () => {
  let runDir: string;
  let server: OpenAiCompatibleServer;

  beforeEach(async () => {
    runDir = await mkdtemp(join(tmpdir(), "apigen-run-"));
    server = await startOpenAiCompatibleServer({ script: scriptedGenerator(runDir) });
  });
  afterEach(async () => {
    await server.close();
    await rm(runDir, { recursive: true, force: true });
  });

  it("meets every style's target exactly, with each defect rejected for its reason", async () => {
    const result = await runGeneration({ config: configFor(server), runDir, env: {} });
    expect(result.reason).toBe("completed");

    const accepted = (await readAll(join(runDir, runFiles.accepted))).map((row) => exampleSchema.parse(row));
    const byStyle: Record<string, number> = {};
    for (const row of accepted) {
      byStyle[row.style] = (byStyle[row.style] ?? 0) + 1;
    }
    expect(byStyle).toEqual(targets);
    expect(new Set(accepted.map((row) => row.id)).size).toBe(accepted.length);
    expect(new Set(accepted.map((row) => row.query)).size).toBe(accepted.length);
    for (const row of accepted as Example[]) {
      expect(row.query).not.toContain("JUDGE-NO");
      expect(row.provenance?.generatorModel).toBe("test-model");
      expect(row.provenance?.judgeModel).toBe("test-model");
      expect(row.provenance?.promptId).toMatch(/\S/);
      expect(row.provenance?.verdicts?.map((verdict) => [verdict.stage, verdict.pass])).toEqual([
        ["format", true],
        ["execution", true],
        ["semantic", true],
      ]);
      expect(row.provenance?.executions?.length).toBe(row.answers.length);
      if (row.style === "no_call" || row.style === "missing_argument") {
        expect(row.response).toMatch(/\S/);
      }
    }

    const records = await readAll(join(runDir, runFiles.candidates));
    const reasons = new Set(
      records.map((record) => {
        const duplicate = record.duplicate as { reason: string } | undefined;
        if (duplicate !== undefined) {
          return `duplicate/${duplicate.reason}`;
        }
        const failed = (record.verdicts as { stage: string; pass: boolean; reason: string }[]).find(
          (verdict) => !verdict.pass,
        );
        return failed === undefined ? "accepted" : `${failed.stage}/${failed.reason}`;
      }),
    );
    expect(reasons).toContain("accepted");
    expect(reasons).toContain("format/unknown_tool");
    expect(reasons).toContain("semantic/judge_rejected");
    expect(reasons).toContain("duplicate/exact_duplicate");
    expect(records.filter((record) => record.accepted === true)).toHaveLength(accepted.length);

    const stats = await readRunStats(runDir);
    expect(stats.status).toBe("completed");
    expect(stats.funnel.accepted).toBe(11);
    const { format, execution, semantic, duplicate } = stats.funnel.failed;
    expect(stats.funnel.generated).toBe(11 + format + execution + semantic + duplicate);
    expect(stats.funnel.generated).toBe(records.length);
    expect(stats.usage.generator.calls).toBeGreaterThan(0);
    const { inputTokens, outputTokens, costUsd } = stats.usage.generator;
    expect(costUsd).toBeCloseTo((inputTokens * 1 + outputTokens * 2) / 1e6, 9);
    expect(stats.usage.judge?.costUsd).toBeGreaterThan(0);
    expect(stats.usage.judge?.calls).toBeGreaterThan(0);
    expect(Object.keys(stats.byStyle).sort()).toEqual(Object.keys(targets).sort());
  });

  it("does nothing on a rerun of a finished run, and extends it when the target grows", async () => {
    await runGeneration({ config: configFor(server), runDir, env: {} });
    const requests = server.requests.length;
    const again = await runGeneration({ config: configFor(server), runDir, env: {} });
    expect(again.reason).toBe("completed");
    expect(server.requests.length).toBe(requests);

    const more = configFor(server, { target: { byStyle: { ...targets, simple: 5 } } });
    const extended = await runGeneration({ config: more, runDir, env: {} });
    expect(extended.reason).toBe("completed");
    const accepted = await readAll(join(runDir, runFiles.accepted));
    expect(accepted.filter((row) => row.style === "simple")).toHaveLength(5);
    expect(new Set(accepted.map((row) => row.id)).size).toBe(accepted.length);
  });

  it("refuses a run directory another live process holds, and takes over one whose holder was killed", async () => {
    await mkdir(runDir, { recursive: true });
    const lockPath = join(runDir, "run.lock");
    const holder = (pid: number, host = hostname()) =>
      stringifyJson({ pid, host, since: new Date().toISOString() });
    await writeFile(lockPath, holder(process.ppid));
    await expect(runGeneration({ config: configFor(server), runDir, env: {} })).rejects.toThrow(
      new RegExp(`being written by another apigen process \\(pid ${process.ppid} on `),
    );
    expect(server.requests).toHaveLength(0);
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    await writeFile(lockPath, holder(Number(dead.stdout)));
    expect((await runGeneration({ config: configFor(server), runDir, env: {} })).reason).toBe("completed");
    await expect(readFile(lockPath)).rejects.toThrow(/ENOENT/);
  });

  it("refuses to resume a run directory made with other settings, naming them", async () => {
    await runGeneration({ config: configFor(server), runDir, env: {} });
    await expect(runGeneration({ config: configFor(server, { seed: 8 }), runDir, env: {} })).rejects.toThrow(
      /different settings \(seed\)/,
    );
  });

  it("stops cleanly when aborted, and the same call finishes the run without losing or repeating a row", async () => {
    const controller = new AbortController();
    const first = await runGeneration({
      config: configFor(server),
      runDir,
      env: {},
      abortSignal: controller.signal,
      onEvent: (event) => {
        if (event.type === "progress" || event.type === "start") {
          setTimeout(() => controller.abort(), 5);
        }
      },
      progressIntervalMs: 5,
    });
    expect(first.reason).toBe("aborted");
    expect((await readRunStats(runDir)).status).toBe("stopped");
    const second = await runGeneration({ config: configFor(server), runDir, env: {} });
    expect(second.reason).toBe("completed");
    const accepted = await readAll(join(runDir, runFiles.accepted));
    expect(accepted).toHaveLength(11);
    expect(new Set(accepted.map((row) => row.id)).size).toBe(11);
    const config = JSON.parse(await readFile(join(runDir, runFiles.config), "utf8")) as { seed: number };
    expect(config.seed).toBe(7);
  });
});
