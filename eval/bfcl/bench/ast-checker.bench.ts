// Scores every single-turn AST entry of BFCL with its own ground truth as the model output, on one core, and
// prints entries per second and the total time (target: the whole set in under one second).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type BfclFunction,
  bfclAnswerToExpectedCalls,
  bfclFunctionSchema,
  type ExpectedCall,
  parseJson,
} from "@apigen/core";
import { locateSharedData } from "@apigen/core/test";
import { evaluateAstEntry } from "../src/index.js";

const data = locateSharedData("bfcl/data", "download the BFCL data with: apigen eval --download-data");
if (!data.available) {
  console.log(`skipped: ${data.reason}`);
  process.exit(0);
}
const categories = [
  "simple_python",
  "simple_java",
  "simple_javascript",
  "multiple",
  "parallel",
  "parallel_multiple",
  "live_simple",
  "live_multiple",
  "live_parallel",
  "live_parallel_multiple",
];
const lines = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => parseJson(line));
const entries: Array<{ category: string; docs: BfclFunction[]; expected: ExpectedCall[]; output: unknown }> =
  [];
for (const category of categories) {
  const questions = lines(join(data.path, `BFCL_v4_${category}.json`)) as Array<{ function: unknown[] }>;
  const answers = lines(join(data.path, "possible_answer", `BFCL_v4_${category}.json`));
  questions.forEach((question, index) => {
    const expected = bfclAnswerToExpectedCalls(answers[index]).calls;
    const output = expected.map((call) => ({
      [call.name]: Object.fromEntries(
        Object.entries(call.arguments)
          .map(([name, options]) => [name, options.find((option) => option !== "")] as const)
          .filter(([, value]) => value !== undefined),
      ),
    }));
    entries.push({
      category,
      docs: question.function.map((doc) => bfclFunctionSchema.parse(doc) as BfclFunction),
      expected,
      output,
    });
  });
}
const score = () => {
  let valid = 0;
  for (const entry of entries) {
    valid += evaluateAstEntry({ ...entry, answer: { format: "decoded", output: entry.output } }).valid
      ? 1
      : 0;
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
  `BFCL AST checker: ${entries.length} single-turn entries in ${(seconds * 1000).toFixed(1)} ms (${Math.round(entries.length / seconds)} entries/s, ${valid} valid when each argument takes its first acceptable value, nested options left as written)`,
);
