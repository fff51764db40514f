// Throughput of the lossless JSON reader and the JSON Lines stream, as ratios against the native baseline
// measured in the same run. Run with `npm run bench` at the repository root.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRandom, parseJson, readJsonl, stringifyJson, writeJsonl } from "../src/index.js";

const random = createRandom("bench");
const rows = Array.from({ length: 20_000 }, (_, index) => ({
  id: index,
  query: `Find ${random.int(1, 20)} flights from city ${random.int(1, 500)} under ${random.int(100, 900)} dollars`,
  answers: [
    {
      name: "search_flights",
      arguments: { origin: "SFO", limit: random.int(1, 20), budget: random.int(1, 9) + 0.5 },
    },
    { name: "convert_currency", arguments: { amount: random.int(1, 500), rate: 1.08, round: true } },
  ],
}));
const plainLines = rows.map((row) => JSON.stringify(row));
const floatLines = plainLines.map((line) => line.replace('"round":true', '"round":true,"scale":1.0'));

function time(label: string, repeat: number, body: () => void): number {
  body();
  const start = process.hrtime.bigint();
  for (let round = 0; round < repeat; round++) {
    body();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9 / repeat;
  const megabytes = plainLines.reduce((sum, line) => sum + line.length, 0) / 1e6;
  console.log(`${label.padEnd(52)} ${(megabytes / seconds).toFixed(1).padStart(7)} MB/s`);
  return seconds;
}

const native = time("JSON.parse (baseline)", 5, () => {
  for (const line of plainLines) {
    JSON.parse(line);
  }
});
const fast = time("parseJson, no whole-valued floats (fast path)", 5, () => {
  for (const line of plainLines) {
    parseJson(line);
  }
});
const lossless = time("parseJson, whole-valued floats (lossless parser)", 5, () => {
  for (const line of floatLines) {
    parseJson(line);
  }
});
const nativeWrite = time("JSON.stringify (baseline)", 5, () => {
  for (const row of rows) {
    JSON.stringify(row);
  }
});
const write = time("stringifyJson", 5, () => {
  for (const row of rows) {
    stringifyJson(row);
  }
});
console.log(
  `ratios to native: fast path ${(fast / native).toFixed(2)}x, lossless ${(lossless / native).toFixed(2)}x, stringify ${(write / nativeWrite).toFixed(2)}x (time; lower is better)`,
);

const folder = await mkdtemp(join(tmpdir(), "apigen-bench-"));
const path = join(folder, "rows.jsonl");
const copies = 10;
await writeJsonl(
  path,
  (function* () {
    for (let copy = 0; copy < copies; copy++) {
      yield* rows;
    }
  })(),
);
const heapBefore = process.memoryUsage().heapUsed;
let peak = heapBefore;
const start = process.hrtime.bigint();
let count = 0;
for await (const record of readJsonl(path)) {
  count += record.line > 0 ? 1 : 0;
  if (count % 10_000 === 0) {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `readJsonl: ${count} rows in ${seconds.toFixed(2)} s (${(count / seconds / 1000).toFixed(0)}k rows/s), heap growth while streaming ${((peak - heapBefore) / 1e6).toFixed(1)} MB for a ${((plainLines.reduce((sum, line) => sum + line.length + 1, 0) * copies) / 1e6).toFixed(0)} MB file`,
);
await rm(folder, { recursive: true });
