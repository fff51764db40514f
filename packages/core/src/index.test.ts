import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bfclAnswerToExpectedCalls,
  bfclQuestionToTask,
  type Example,
  type ExpectedCall,
  exampleSchema,
  exampleToHermes,
  exampleToOpenAiChat,
  exampleToShareGpt,
  exampleToXlamRow,
  hermesToExample,
  inferQueryStyle,
  isJsonObject,
  type JsonValue,
  jsonEqual,
  openAiChatToExample,
  parseJson,
  shareGptToExample,
  stringifyJson,
  type ToolCall,
  xlamRowToExample,
} from "./index.js";
import { locateSharedData } from "./testing/index.js";

const data = locateSharedData(
  "bfcl/data",
  "download the BFCL data with: apigen eval --download-data (from the Hub data set gorilla-llm/Berkeley-Function-Calling-Leaderboard)",
);
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

/** The first acceptable value of each argument, recursing into object-typed options; `""` means leave it out. */
function referenceValue(option: JsonValue): JsonValue {
  if (Array.isArray(option)) {
    return option.map(referenceValue);
  }
  if (isJsonObject(option)) {
    const picked: Record<string, JsonValue> = {};
    for (const [key, options] of Object.entries(option)) {
      const first = Array.isArray(options) ? options.find((candidate) => candidate !== "") : options;
      if (first !== undefined) {
        picked[key] = referenceValue(first);
      }
    }
    return picked;
  }
  return option;
}

function referenceCall(expected: ExpectedCall): ToolCall {
  const picked = referenceValue(expected.arguments as JsonValue) as Record<string, JsonValue>;
  return { name: expected.name, arguments: picked };
}

function readLines(path: string): JsonValue[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => parseJson(line));
}

function* bfclExamples(): Generator<Example> {
  for (const category of categories) {
    const questions = readLines(join(data.path, `BFCL_v4_${category}.json`));
    const answers = readLines(join(data.path, "possible_answer", `BFCL_v4_${category}.json`));
    for (const [index, question] of questions.entries()) {
      const task = bfclQuestionToTask(question);
      const answer = bfclAnswerToExpectedCalls(answers[index]);
      expect(answer.id).toBe(task.id);
      const calls = answer.calls.map(referenceCall);
      const example: Example = {
        id: task.id,
        query: task.query,
        tools: task.tools,
        answers: calls,
        style: inferQueryStyle({ tools: task.tools, answers: calls }),
        category,
        ...(task.system === undefined ? {} : { system: task.system }),
      };
      yield exampleSchema.parse(example);
    }
  }
}

const formats: Array<[string, (example: Example) => Example]> = [
  ["openai", (example) => openAiChatToExample(parseJson(stringifyJson(exampleToOpenAiChat(example))))],
  ["hermes messages", (example) => hermesToExample(parseJson(stringifyJson(exampleToHermes(example))))],
  [
    "hermes sharegpt",
    (example) => hermesToExample(parseJson(stringifyJson(exampleToHermes(example, { layout: "sharegpt" })))),
  ],
  ["sharegpt", (example) => shareGptToExample(parseJson(stringifyJson(exampleToShareGpt(example))))],
  [
    "xlam",
    (example) =>
      xlamRowToExample(parseJson(stringifyJson(exampleToXlamRow(example, { index: 0 }))), { index: 0 }),
  ],
];

describe.skipIf(!data.available)(
  `every format on the BFCL data${data.available ? "" : ` (skipped: ${data.reason})`}`,
  () => {
    it("carries every single-turn BFCL entry through every format and back, written to text and read again", () => {
      const counts = new Map<string, number>();
      let floats = 0;
      for (const example of bfclExamples()) {
        floats += stringifyJson(example.answers).match(/\d\.0\b/g)?.length ?? 0;
        for (const [format, roundTrip] of formats) {
          const back = roundTrip(example);
          if (!jsonEqual(back, example)) {
            expect.soft(back, `${format}: ${example.id}`).toEqual(example);
          }
          counts.set(format, (counts.get(format) ?? 0) + 1);
        }
      }
      console.log("examples carried through each format:", Object.fromEntries(counts));
      expect(counts.get("openai")).toBe(2501);
      expect([...counts.values()].every((count) => count === 2501)).toBe(true);
      expect(floats).toBeGreaterThan(0);
    });
  },
);

describe("xLAM row 0 through every format", () => {
  it("comes back byte-identical after visiting OpenAI, Hermes and ShareGPT", () => {
    const row = parseJson(
      '{"id": 0, "query": "Where can I find live giveaways for beta access and games?", "answers": "[{\\"name\\": \\"live_giveaways_by_type\\", \\"arguments\\": {\\"type\\": \\"beta\\"}}, {\\"name\\": \\"live_giveaways_by_type\\", \\"arguments\\": {\\"type\\": \\"game\\"}}]", "tools": "[{\\"name\\": \\"live_giveaways_by_type\\", \\"description\\": \\"Retrieve live giveaways from the GamerPower API based on the specified type.\\", \\"parameters\\": {\\"type\\": {\\"description\\": \\"The type of giveaways to retrieve (e.g., game, loot, beta).\\", \\"type\\": \\"str\\", \\"default\\": \\"game\\"}}}]"}',
    );
    let example = xlamRowToExample(row);
    expect(example.style).toBe("parallel");
    for (const [, roundTrip] of formats) {
      example = roundTrip(example);
    }
    expect(stringifyJson(exampleToXlamRow(example), { style: "python" })).toBe(
      stringifyJson(row, { style: "python" }),
    );
  });
});
