import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  type BfclFunction,
  bfclAnswerToExpectedCalls,
  bfclFunctionSchema,
  type ExpectedCall,
  isJsonObject,
  parseJson,
} from "@apigen/core";
import { locateSharedData } from "@apigen/core/test";
import { describe, expect, it } from "vitest";
import { evaluateAstEntry, evaluateRelevanceEntry } from "./evaluate-entry.js";

const howToGet =
  "download the BFCL data with: apigen eval --download-data (from the Hub data set gorilla-llm/Berkeley-Function-Calling-Leaderboard); the official verdicts come with the project's shared test data";
const data = locateSharedData("bfcl/data", howToGet);
const verdicts = locateSharedData("bfcl/official-verdicts-nonlive.jsonl.gz", howToGet);
const available = data.available && verdicts.available;

function readLines(path: string): unknown[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => parseJson(line));
}

describe.skipIf(!available)(
  `agreement with the official BFCL checker${available ? "" : " (skipped: shared data missing)"}`,
  () => {
    it("gives the official verdict and error type on every probe", () => {
      const docs = new Map<string, BfclFunction[]>();
      const answers = new Map<string, ExpectedCall[]>();
      const loaded = new Set<string>();
      const load = (category: string) => {
        if (loaded.has(category)) {
          return;
        }
        loaded.add(category);
        for (const entry of readLines(join(data.path, `BFCL_v4_${category}.json`))) {
          const record = entry as { id: string; function: unknown[] };
          docs.set(
            record.id,
            record.function.map((doc) => bfclFunctionSchema.parse(doc) as BfclFunction),
          );
        }
        if (category !== "irrelevance") {
          for (const entry of readLines(join(data.path, "possible_answer", `BFCL_v4_${category}.json`))) {
            const answer = bfclAnswerToExpectedCalls(entry);
            answers.set(answer.id, answer.calls);
          }
        }
      };

      const table = new Map<string, { agree: number; total: number }>();
      const disagreements: string[] = [];
      const lines = gunzipSync(readFileSync(verdicts.path)).toString("utf8").split("\n");
      for (const line of lines) {
        if (line.trim() === "") {
          continue;
        }
        const probe = parseJson(line);
        if (!isJsonObject(probe)) {
          throw new TypeError("a verdict line is not an object");
        }
        const category = String(probe.category);
        load(category);
        const answer =
          probe.input_format === "python"
            ? { format: "python" as const, output: probe.model_output }
            : { format: "decoded" as const, output: probe.model_output };
        const result =
          category === "irrelevance"
            ? evaluateRelevanceEntry({ category, answer })
            : evaluateAstEntry({
                category,
                docs: docs.get(String(probe.id)) ?? [],
                expected: answers.get(String(probe.id)) ?? [],
                answer,
                underscoreToDot: probe.model_name === "bfcl-ref-u2d",
              });
        const agrees =
          result.valid === probe.valid && (probe.valid === true || result.errorType === probe.error_type);
        const key = `${String(probe.probe)} | ${category}`;
        const row = table.get(key) ?? { agree: 0, total: 0 };
        row.total++;
        row.agree += agrees ? 1 : 0;
        table.set(key, row);
        if (!agrees) {
          disagreements.push(
            `${String(probe.id)} ${String(probe.probe)}: official ${String(probe.valid)} ${String(probe.error_type)}, ours ${result.valid} ${result.errorType}`,
          );
        }
      }
      const rows = [...table.entries()].sort(([a], [b]) => a.localeCompare(b));
      const total = rows.reduce((sum, [, row]) => sum + row.total, 0);
      const agreed = rows.reduce((sum, [, row]) => sum + row.agree, 0);
      console.log(
        [
          `Agreement with the official BFCL AST checker: ${agreed} / ${total}`,
          "probe | category | agree / total",
          ...rows.map(([key, row]) => `${key} | ${row.agree} / ${row.total}`),
        ].join("\n"),
      );
      expect(disagreements.slice(0, 20)).toEqual([]);
      expect(total).toBe(13_982);
    });
  },
);
