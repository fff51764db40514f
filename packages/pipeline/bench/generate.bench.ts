import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJson, runConfigSchema } from "@apigen/core";
import { runGeneration } from "../src/index.js";
import { scriptedToolNames } from "../src/testing/index.js";

// A generation run against the scripted model server (in a child process) at 200 ms per request: accepted rows
// per second as a fraction of what the server allows, pipeline CPU time per row, and peak memory. Set
// BENCH_ROWS for the size (default 10,000; 100,000 shows whether memory stays flat).
const rows = Number(process.env.BENCH_ROWS ?? 10_000);
const latencyMs = 200;
const concurrency = 128;
const pairs = 3;

interface ServerReport {
  cpuMs: number;
  requests: number;
}

async function startServer(runDir: string): Promise<{ url: string; stop: () => Promise<ServerReport> }> {
  const script = fileURLToPath(new URL("./serve-scripted.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, runDir, String(latencyMs)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [chunk] = (await once(child.stdout, "data")) as [Buffer];
  const stop = async () => {
    child.kill("SIGTERM");
    const [report] = (await once(child.stdout, "data")) as [Buffer];
    return parseJson(report.toString()) as unknown as ServerReport;
  };
  return { url: chunk.toString().trim(), stop };
}

const dir = await mkdtemp(join(tmpdir(), "apigen-bench-"));
const runDir = join(dir, "run");
const server = await startServer(runDir);
const perStyle = Math.ceil(rows / 4);
const config = runConfigSchema.parse({
  seed: 1,
  target: {
    byStyle: { simple: perStyle, multiple: perStyle, parallel: perStyle, parallel_multiple: perStyle },
  },
  tools: { builtin: { names: [...scriptedToolNames] } },
  generator: {
    model: { provider: "openai-compatible", model: "test-model", baseUrl: server.url },
    pairsPerPrompt: pairs,
  },
  concurrency,
});
let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
}, 100);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await runGeneration({ config, runDir, env: {} });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
const served = await server.stop();

const accepted = result.stats.funnel.accepted;
// Each prompt takes one generator call and then its judge calls side by side: two latencies for `pairs` rows.
const bound = (concurrency / ((2 * latencyMs) / 1000)) * pairs;
const rate = accepted / seconds;
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
console.log(`generation run: ${accepted} rows in ${seconds.toFixed(1)} s, ${result.reason}`);
console.log(`  server latency ${latencyMs} ms, ${concurrency} prompts in flight, ${pairs} rows per prompt`);
console.log(
  `  rows/s: ${rate.toFixed(0)} of a bound of ${bound.toFixed(0)} = ${((rate / bound) * 100).toFixed(1)}%`,
);
console.log(`  pipeline CPU per row: ${((cpu.user + cpu.system) / 1000 / accepted).toFixed(3)} ms`);
console.log(
  `  server process: ${served.requests} requests, ${(served.cpuMs / served.requests).toFixed(3)} ms CPU each ` +
    `(it shares the machine's ${availableParallelism()} cores with the pipeline)`,
);
console.log(`  peak RSS ${mib(peakRss)} MiB, peak heap ${mib(peakHeap)} MiB (${rows} rows asked)`);
await rm(dir, { recursive: true, force: true });
