import { createRandom, type ToolCall } from "@apigen/core";
import { createDeduplicator, type DedupRow } from "../src/dedup/index.js";

const total = Number(process.env.BENCH_ROWS ?? 100_000);
const targetRowsPerSecond = 20_000;
const random = createRandom(7);
const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random.next() * items.length)] as Item;

const verbs = ["Find", "Show me", "What is", "Get", "Look up", "Calculate", "Tell me", "List"];
const things = [
  "the weather",
  "flights",
  "hotel prices",
  "the stock price",
  "the loan payment",
  "the distance",
  "news",
];
const places = ["Paris", "Tokyo", "Lagos", "Lima", "Oslo", "Seoul", "Austin", "Cairo", "Perth", "Quito"];
const tails = [
  "for tomorrow",
  "next week",
  "in euros",
  "for two adults",
  "with a 6% rate",
  "this weekend",
  "",
];

function makeRow(index: number): DedupRow {
  const query = `${pick(verbs)} ${pick(things)} in ${pick(places)} ${pick(tails)} ref ${Math.floor(random.next() * 1e6)}`;
  const answers: ToolCall[] = [{ name: `tool_${index % 300}`, arguments: { city: pick(places), n: index } }];
  return { query, tools: [`tool_${index % 300}`, `tool_${(index + 7) % 300}`], answers };
}

const rows: DedupRow[] = [];
for (let index = 0; index < total; index++) {
  const earlier = rows[Math.floor(random.next() * rows.length)];
  // One row in five repeats an earlier query with other casing and punctuation.
  rows.push(
    earlier !== undefined && random.next() < 0.2
      ? { ...earlier, query: `${earlier.query.toUpperCase()}?!` }
      : makeRow(index),
  );
}

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const dedup = createDeduplicator({ threshold: 0.85 });
const counts = { kept: 0, exact: 0, near: 0 };
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (const [index, row] of rows.entries()) {
  const verdict = dedup.check(row);
  if (!verdict.duplicate) {
    dedup.add(row, String(index));
    counts.kept++;
  } else if (verdict.reason === "exact_duplicate") {
    counts.exact++;
  } else {
    counts.near++;
  }
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const rowsPerSecond = total / seconds;

console.log(
  `dedup: ${total} checks, ${counts.kept} adds (${counts.exact} exact, ${counts.near} near duplicates)`,
);
console.log(`  ${Math.round(rowsPerSecond).toLocaleString("en-US")} rows/s (${seconds.toFixed(2)} s)`);
console.log(
  `  ${Math.round(total / cpuSeconds).toLocaleString("en-US")} rows per CPU second (${cpuSeconds.toFixed(2)} s of CPU; wall time suffers on a shared machine)`,
);
console.log(
  `  target ${targetRowsPerSecond.toLocaleString("en-US")} rows/s: ratio ${(rowsPerSecond / targetRowsPerSecond).toFixed(2)}x wall, ` +
    `${(total / cpuSeconds / targetRowsPerSecond).toFixed(2)}x CPU`,
);
console.log(
  `  memory: ${Math.round(dedup.byteLength / dedup.size)} B/row in signatures and index, ` +
    `${Math.round((heapAfter - heapBefore) / dedup.size)} B/row heap growth in all${globalThis.gc ? "" : " (run with --expose-gc for a steadier figure)"}`,
);
