// Scores every single-turn AST entry of BFCL with its own ground truth as the model output, on one core, and
// prints entries per second and the total time (target: the whole set in under one second).
import { locateSharedData } from "@apigen/core/test";
import { type BfclEntry, bfclCategoryGroups, evaluateAstEntry, loadBfclCategory } from "../src/index.js";

const data = locateSharedData("bfcl/data", "download the BFCL data with: apigen eval --download-data");
if (!data.available) {
  console.log(`skipped: ${data.reason}`);
  process.exit(0);
}
const categories = [
  ...bfclCategoryGroups.nonLiveSimple,
  ...bfclCategoryGroups.nonLive,
  ...bfclCategoryGroups.live,
];
const entries: Array<{ entry: BfclEntry; output: unknown }> = [];
for (const category of categories) {
  for await (const entry of loadBfclCategory({ dataDirectory: data.path, category })) {
    const output = (entry.expected ?? []).map((call) => ({
      [call.name]: Object.fromEntries(
        Object.entries(call.arguments)
          .map(([name, options]) => [name, options.find((option) => option !== "")] as const)
          .filter(([, value]) => value !== undefined),
      ),
    }));
    entries.push({ entry, output });
  }
}
const score = () => {
  let valid = 0;
  for (const { entry, output } of entries) {
    const verdict = evaluateAstEntry({
      category: entry.category,
      docs: entry.docs,
      expected: entry.expected ?? [],
      answer: { format: "decoded", output },
    });
    valid += verdict.valid ? 1 : 0;
  }
  return valid;
};
score();
const rounds = 5;
const start = process.hrtime.bigint();
let valid = 0;
for (let round = 0; round < rounds; round++) {
  valid = score();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9 / rounds;
console.log(
  `BFCL AST checker: ${entries.length} single-turn entries in ${(seconds * 1000).toFixed(1)} ms (${Math.round(entries.length / seconds)} entries/s; ${valid} valid when each argument takes its first acceptable value, nested options left as written)`,
);
