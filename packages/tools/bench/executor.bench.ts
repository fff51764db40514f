import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ToolCall } from "@apigen/core";
import { builtinTools } from "../src/builtin/builtin-tools.js";
import { createBuiltinSource } from "../src/executor/create-builtin-source.js";
import { type ApigenToolExecutor, createToolExecutor } from "../src/executor/create-tool-executor.js";
import { detectSandbox } from "../src/sandbox/detect-sandbox.js";
import { createJsModuleSource } from "../src/sources/js-module/create-js-module-source.js";

interface Measured {
  callsPerSecond: number;
  medianMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(
  executor: ApigenToolExecutor,
  calls: readonly ToolCall[],
  warmup: number,
): Promise<Measured> {
  for (const call of calls.slice(0, warmup)) {
    await executor.execute(call);
  }
  const latencies: number[] = [];
  const started = performance.now();
  for (const call of calls) {
    const before = performance.now();
    const outcome = await executor.execute(call);
    latencies.push(performance.now() - before);
    if (outcome.status !== "ok") {
      throw new Error(`benchmark call failed: ${outcome.status} ${outcome.message}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { callsPerSecond: calls.length / seconds, medianMs: median(latencies) };
}

const quadratic = (index: number): ToolCall => ({
  name: "solve_quadratic",
  arguments: { a: 1, b: -(index % 50) - 3, c: 2 },
});
const builtinCalls = Array.from({ length: 5_000 }, (_, index) => quadratic(index));

const tools = builtinTools.filter((tool) => tool.tool.name === "solve_quadratic");
const inProcess = createToolExecutor({ sources: [createBuiltinSource({ tools, isolation: "in-process" })] });
const pooled = createToolExecutor({
  sources: [createBuiltinSource({ tools, isolation: "worker", workers: 1 })],
});
const direct = await measure(inProcess, builtinCalls, 500);
const isolated = await measure(pooled, builtinCalls, 500);
await inProcess.close();
await pooled.close();

const directory = await mkdtemp(join(tmpdir(), "apigen-bench-"));
await chmod(directory, 0o755);
await writeFile(
  join(directory, "tools.mjs"),
  `export const tools = [{ name: "add", description: "Add.", parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } } }, run: ({ a, b }) => a + b }];`,
  { mode: 0o644 },
);
const addCall = (index: number): ToolCall => ({ name: "add", arguments: { a: index, b: 1 } });
const warmSource = createToolExecutor({
  sources: [createJsModuleSource({ path: join(directory, "tools.mjs") })],
});
const perCallSource = createToolExecutor({
  sources: [createJsModuleSource({ path: join(directory, "tools.mjs"), mode: "per-call" })],
});
const warm = await measure(
  warmSource,
  Array.from({ length: 2_000 }, (_, index) => addCall(index)),
  50,
);
const perCall = await measure(
  perCallSource,
  Array.from({ length: 20 }, (_, index) => addCall(index)),
  2,
);
await warmSource.close();
await perCallSource.close();
await rm(directory, { recursive: true, force: true });

const format = (value: number, digits = 1) => value.toFixed(digits);
const sandbox = detectSandbox();
console.log("Executor benchmark (sequential calls, one at a time)");
console.log("");
console.log("Built-in tool solve_quadratic, one core:");
console.log(
  `  in-process             ${format(direct.callsPerSecond, 0)} calls/s, median ${format(direct.medianMs, 3)} ms`,
);
console.log(
  `  worker pool (1 worker) ${format(isolated.callsPerSecond, 0)} calls/s, median ${format(isolated.medianMs, 3)} ms`,
);
console.log(`  ratio in-process / worker: ${format(direct.callsPerSecond / isolated.callsPerSecond, 2)}x`);
const added = isolated.medianMs - direct.medianMs;
console.log(
  `  median added latency of isolation: ${format(added, 3)} ms (target < 1 ms: ${added < 1 ? "met" : "NOT met"})`,
);
console.log("");
console.log(`JS module tool, sandbox ${sandbox.kind}:`);
console.log(
  `  warm worker process    ${format(warm.callsPerSecond, 0)} calls/s, median ${format(warm.medianMs, 3)} ms`,
);
console.log(
  `  process per call       ${format(perCall.callsPerSecond, 1)} calls/s, median ${format(perCall.medianMs, 1)} ms`,
);
console.log(`  ratio warm / per call: ${format(warm.callsPerSecond / perCall.callsPerSecond, 1)}x`);
