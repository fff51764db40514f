import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isJsonFloat, isJsonObject, type JsonValue, readJsonl, stringifyJson } from "@apigen/core";
import { locateSharedData } from "@apigen/core/test";
import { createFakeLanguageModel } from "@apigen/llm/test";
import { describe, expect, it } from "vitest";
import { runBfclIter } from "./run-bfcl.js";

const shared = locateSharedData("bfcl/data", "put the BFCL V4 data there (see apigen eval --help)");
const categories = [
  "simple_python",
  "multiple",
  "parallel",
  "parallel_multiple",
  "live_simple",
  "live_parallel",
];
const perCategory = 15;

/** The first acceptable value of each option list (optional ones left out), inside dicts and lists of dicts. */
function pick(value: JsonValue): JsonValue {
  if (Array.isArray(value)) {
    return value.map(pick);
  }
  if (isJsonObject(value) && !isJsonFloat(value)) {
    const picked: Record<string, JsonValue> = {};
    for (const [key, options] of Object.entries(value)) {
      // "" among the options means the argument may be left out: leave it out.
      const option = Array.isArray(options) && !options.includes("") ? options[0] : undefined;
      if (option !== undefined) {
        picked[key] = pick(option);
      }
    }
    return picked;
  }
  return value;
}

function toPython(value: JsonValue): string {
  if (value === null) {
    return "None";
  }
  if (typeof value === "boolean") {
    return value ? "True" : "False";
  }
  if (Array.isArray(value)) {
    return `[${value.map(toPython).join(", ")}]`;
  }
  if (isJsonObject(value) && !isJsonFloat(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${stringifyJson(key)}: ${toPython(item)}`);
    return `{${entries.join(", ")}}`;
  }
  return stringifyJson(value);
}

function groundTruthText(answer: JsonValue): string {
  const calls = (answer as { ground_truth: Array<Record<string, Record<string, JsonValue[]>>> }).ground_truth;
  const texts = calls.map((call) => {
    const [name, parameters] = Object.entries(call)[0] ?? ["", {}];
    const picked = pick(parameters) as Record<string, JsonValue>;
    return `${name}(${Object.entries(picked)
      .map(([parameter, value]) => `${parameter}=${toPython(value)}`)
      .join(", ")})`;
  });
  return `[${texts.join(", ")}]`;
}

describe.skipIf(!shared.available)(
  `runBfcl on the shared BFCL data${shared.available ? "" : ` (skipped: ${shared.reason})`}`,
  () => {
    it("scores the ground truth, written in our prompt's Python syntax, as fully correct", async () => {
      const answerByQuery = new Map<string, string>();
      for (const category of categories) {
        const questions = readJsonl(join(shared.path, `BFCL_v4_${category}.json`))[Symbol.asyncIterator]();
        for await (const { line, value } of readJsonl(
          join(shared.path, "possible_answer", `BFCL_v4_${category}.json`),
        )) {
          const question = await questions.next();
          const row = question.done === true ? undefined : question.value.value;
          const turn = (row as { question: Array<Array<{ content: string }>> } | undefined)?.question[0];
          answerByQuery.set(turn?.at(-1)?.content ?? "", groundTruthText(value));
          if (line === perCategory) {
            break;
          }
        }
        await questions.return(undefined);
      }
      const model = createFakeLanguageModel({
        respond: (request) =>
          answerByQuery.get(request.messages.at(-1)?.content ?? "") ?? "no scripted answer",
      });
      const resultsDirectory = await mkdtemp(join(tmpdir(), "bfcl-shared-"));
      try {
        const failures: string[] = [];
        let scored = 0;
        for await (const event of runBfclIter({
          model,
          categories,
          dataDirectory: shared.path,
          resultsDirectory,
          limit: perCategory,
        })) {
          if (event.type === "entry-end") {
            scored++;
            if (!event.valid) {
              failures.push(`${event.id}: ${event.errorType}`);
            }
          }
        }
        expect(failures).toEqual([]);
        expect(scored).toBe(categories.length * perCategory);
        expect(model.requests).toHaveLength(categories.length * perCategory);
      } finally {
        await rm(resultsDirectory, { recursive: true, force: true });
      }
    });
  },
);
