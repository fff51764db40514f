import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConversionError } from "../../errors/conversion-error.js";
import { JsonFloat } from "../../json/json-float.js";
import { isJsonObject, type JsonValue } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import { stringifyJson } from "../../json/stringify-json.js";
import { expectedCallSchema } from "../../schemas/expected-call.js";
import { type Tool, toolSchema } from "../../schemas/tool.js";
import { locateSharedData } from "../../testing/shared-data.js";
import {
  bfclAnswerToExpectedCalls,
  bfclFunctionToTool,
  bfclQuestionToTask,
  bfclTaskSchema,
  bfclTaskToQuestion,
  expectedCallsToBfclAnswer,
  toolToBfclFunction,
} from "./index.js";

const data = locateSharedData(
  "bfcl/data",
  "download the BFCL data with: apigen eval --download-data (from the Hub data set gorilla-llm/Berkeley-Function-Calling-Leaderboard)",
);

const astCategories = [
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
const singleTurnQuestionFiles = [...astCategories, "irrelevance", "live_irrelevance", "live_relevance"].map(
  (category) => `BFCL_v4_${category}.json`,
);
const unusedSingleTurnQuestionFiles = [
  "exec_simple",
  "exec_multiple",
  "exec_parallel",
  "exec_parallel_multiple",
  "rest",
  "sql",
].map((category) => `unused_datasets/question/BFCL_v4_${category}.json`);
const questionFiles = [...singleTurnQuestionFiles, ...unusedSingleTurnQuestionFiles];

/** Every non-blank line of a JSON Lines file, parsed losslessly. */
function readLines(relative: string): JsonValue[] {
  return readFileSync(join(data.path, relative), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => parseJson(line));
}

function entryObject(value: JsonValue): Record<string, JsonValue> {
  if (!isJsonObject(value)) {
    throw new TypeError("expected a JSON object line");
  }
  return value;
}

function countFloats(value: unknown): number {
  if (JsonFloat.isInstance(value)) {
    return 1;
  }
  if (Array.isArray(value)) {
    return value.reduce<number>((sum, item) => sum + countFloats(item), 0);
  }
  return isJsonObject(value)
    ? Object.values(value).reduce<number>((sum, item) => sum + countFloats(item), 0)
    : 0;
}

/** Every `type` and `x-bfcl-type` value in a canonical schema tree, with its path. */
function collectTypes(
  value: unknown,
  path: string,
  found: { key: string; value: unknown; path: string }[],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectTypes(item, `${path}[${index}]`, found);
    });
    return;
  }
  if (!isJsonObject(value)) {
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if ((key === "type" || key === "x-bfcl-type") && typeof item === "string") {
      found.push({ key, value: item, path: `${path}.${key}` });
    } else if (key !== "enum" && key !== "default") {
      collectTypes(item, `${path}.${key}`, found);
    }
  }
}

describe.skipIf(!data.available)(
  `BFCL converters on the real data${data.available ? "" : ` (skipped: ${data.reason})`}`,
  () => {
    const counts: Record<string, Record<string, number>> = { docs: {}, answers: {}, questions: {} };
    afterAll(() => {
      console.log(`BFCL conversions per file: ${stringifyJson(counts, { indent: 2 })}`);
    });

    const roundTripDoc = (doc: JsonValue, row: string, field: string, mismatches: string[]): Tool => {
      const tool = bfclFunctionToTool(doc, { row, field });
      toolSchema.parse(tool);
      if (stringifyJson(toolToBfclFunction(tool) as JsonValue) !== stringifyJson(doc)) {
        mismatches.push(`${row} ${field}`);
      }
      return tool;
    };

    it("knows every question file: single-turn ones have a function list, the rest have none", () => {
      const all = [
        ...readdirSync(data.path).filter(
          (name) => /^BFCL_v4_.*\.json$/.test(name) && !name.includes("format_sensitivity"),
        ),
        ...readdirSync(join(data.path, "unused_datasets/question")).map(
          (name) => `unused_datasets/question/${name}`,
        ),
      ];
      for (const file of all) {
        const entries = readLines(file).map(entryObject);
        const withList = entries.filter((entry) => Array.isArray(entry.function)).length;
        const expected = questionFiles.includes(file) ? entries.length : 0;
        expect([file, withList]).toEqual([file, expected]);
      }
    });

    it("round-trips every function doc of every single-turn question file, key order included", () => {
      const mismatches: string[] = [];
      const types: { key: string; value: unknown; path: string }[] = [];
      for (const file of questionFiles) {
        let docs = 0;
        for (const entry of readLines(file).map(entryObject)) {
          const docsOfEntry = entry.function as JsonValue[];
          docsOfEntry.forEach((doc, index) => {
            const tool = roundTripDoc(doc, String(entry.id), `function[${index}]`, mismatches);
            collectTypes(tool, `${String(entry.id)}:${tool.name}`, types);
          });
          docs += docsOfEntry.length;
        }
        (counts.docs as Record<string, number>)[file] = docs;
      }
      expect(mismatches).toEqual([]);
      const jsonTypes = new Set(types.filter(({ key }) => key === "type").map(({ value }) => value));
      expect([...jsonTypes].sort()).toEqual(["array", "boolean", "integer", "number", "object", "string"]);
      const empty = types.filter(({ key, value }) => key === "x-bfcl-type" && value === "");
      expect(empty.map(({ path }) => path)).toEqual([
        "simple_javascript_23:createAuthToken.parameters.properties.options.properties.issuer.x-bfcl-type",
      ]);
    });

    it("round-trips every multi-turn function doc, response schemas included", () => {
      const mismatches: string[] = [];
      let withReturns = 0;
      for (const name of readdirSync(join(data.path, "multi_turn_func_doc"))) {
        const file = `multi_turn_func_doc/${name}`;
        const docs = readLines(file);
        docs.forEach((doc, index) => {
          withReturns +=
            roundTripDoc(doc, `${name}:${index + 1}`, "", mismatches).returns === undefined ? 0 : 1;
        });
        (counts.docs as Record<string, number>)[file] = docs.length;
      }
      expect(mismatches).toEqual([]);
      expect(withReturns).toBeGreaterThan(100);
    });

    it("round-trips every single-turn AST possible answer, whole-valued floats included", () => {
      const mismatches: string[] = [];
      let floats = 0;
      for (const category of astCategories) {
        const file = `possible_answer/BFCL_v4_${category}.json`;
        const lines = readLines(file);
        for (const line of lines) {
          const expected = bfclAnswerToExpectedCalls(line);
          for (const call of expected.calls) {
            expectedCallSchema.parse(call);
          }
          floats += countFloats(expected.calls);
          if (
            stringifyJson(expectedCallsToBfclAnswer(expected) as unknown as JsonValue) !== stringifyJson(line)
          ) {
            mismatches.push(expected.id);
          }
        }
        (counts.answers as Record<string, number>)[file] = lines.length;
      }
      expect(mismatches).toEqual([]);
      expect(floats).toBeGreaterThan(0);
      const sample = readLines("possible_answer/BFCL_v4_simple_python.json").find(
        (line) => entryObject(line).id === "simple_python_87",
      );
      const back = expectedCallsToBfclAnswer(bfclAnswerToExpectedCalls(sample));
      expect(stringifyJson(back as unknown as JsonValue)).toContain('"list":[[5.0,3.0,4.0,1.0,2.0]]');
    });

    it("round-trips every single-turn question entry, key order included", () => {
      const mismatches: string[] = [];
      const shapes = { system: 0, messages: 0, flat: 0 };
      for (const file of questionFiles) {
        const lines = readLines(file);
        for (const line of lines) {
          const task = bfclQuestionToTask(line);
          bfclTaskSchema.parse(task);
          shapes.system += task.system === undefined ? 0 : 1;
          shapes.messages += task.messages === undefined ? 0 : 1;
          shapes.flat += task.flatQuestion === true ? 1 : 0;
          if (stringifyJson(bfclTaskToQuestion(task) as unknown as JsonValue) !== stringifyJson(line)) {
            mismatches.push(task.id);
          }
        }
        (counts.questions as Record<string, number>)[file] = lines.length;
      }
      expect(mismatches).toEqual([]);
      expect(shapes).toEqual({ system: 92, messages: expect.any(Number), flat: 100 });
      expect(shapes.messages).toBeGreaterThan(8);
    });

    it("refuses multi-turn questions, multi-turn answers and the chatable file, saying why", () => {
      const [multiTurn] = readLines("BFCL_v4_multi_turn_base.json");
      expect(() => bfclQuestionToTask(multiTurn)).toThrow(
        /row multi_turn_base_0, field function\): .*multi-turn .* not single-turn questions/,
      );
      const [multiTurnAnswer] = readLines("possible_answer/BFCL_v4_multi_turn_base.json");
      expect(() => bfclAnswerToExpectedCalls(multiTurnAnswer)).toThrow(
        /row multi_turn_base_0, field ground_truth\[0\]\): .*multi-turn, memory and web-search answers/,
      );
      const [webSearchAnswer] = readLines("possible_answer/BFCL_v4_web_search.json");
      expect(() => bfclAnswerToExpectedCalls(webSearchAnswer)).toThrow(ConversionError);
      const [chatable] = readLines("unused_datasets/question/BFCL_v4_chatable.json");
      expect(() => bfclQuestionToTask(chatable, { row: 1 })).toThrow(/row 1, field id\)/);
    });
  },
);
