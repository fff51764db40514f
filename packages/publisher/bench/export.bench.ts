import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readRunExamples } from "@apigen/core";
import { testExamples, writeTestRun } from "../src/__fixtures__/write-test-run.js";
import { exportRun } from "../src/export/export-run.js";

// Export throughput against the floor of just reading and validating the run, and the memory an export adds
// (it streams, so the peak must not grow with the row count). Run: npx tsx bench/export.bench.ts [rows]
const rows = Number(process.argv[2] ?? 50_000);
const base = testExamples();
const examples = Array.from({ length: rows }, (_, index) => {
  const example = base[index % base.length] ?? base[0];
  return { ...example, id: `bench-${index}`, query: `${example?.query} #${index}` };
}) as ReturnType<typeof testExamples>;
const folder = await mkdtemp(join(tmpdir(), "apigen-export-bench-"));
const runDir = await writeTestRun(join(folder, "run"), examples);
examples.length = 0;
globalThis.gc?.();

const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  await work();
  clearInterval(timer);
  return {
    ms: performance.now() - started,
    extraMb: (Math.max(peak, process.memoryUsage().rss) - rssBefore) / 2 ** 20,
  };
};

const read = await time(async () => {
  for await (const _ of readRunExamples(runDir)) {
    // read and validate only
  }
});
console.log(
  `read+validate ${rows} rows: ${read.ms.toFixed(0)} ms (${((rows / read.ms) * 1000).toFixed(0)} rows/s)`,
);
for (const format of ["openai", "xlam", "bfcl", "parquet"]) {
  const out = join(folder, format === "openai" ? "out.jsonl" : format === "xlam" ? "out.json" : format);
  const result = await time(() => exportRun({ runDir, format, out, split: { test: 0.1 } }));
  console.log(
    `${format.padEnd(8)} ${result.ms.toFixed(0)} ms, ${(result.ms / read.ms).toFixed(2)}x the read floor, ` +
      `peak RSS +${result.extraMb.toFixed(0)} MiB`,
  );
}
await rm(folder, { recursive: true, force: true });
