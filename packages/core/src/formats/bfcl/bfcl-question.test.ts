import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import { stringifyJson } from "../../json/stringify-json.js";
import type { Tool } from "../../schemas/tool.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { bfclQuestionToTask, bfclTaskToQuestion } from "./bfcl-question.js";
import { type BfclTask, bfclTaskSchema } from "./bfcl-task.js";

const simplePython0 =
  '{"id": "simple_python_0", "question": [[{"role": "user", "content": "Find the area of a triangle with a base of 10 units and height of 5 units."}]], "function": [{"name": "calculate_triangle_area", "description": "Calculate the area of a triangle given its base and height.", "parameters": {"type": "dict", "properties": {"base": {"type": "integer", "description": "The base of the triangle."}, "height": {"type": "integer", "description": "The height of the triangle."}, "unit": {"type": "string", "description": "The unit of measure (defaults to \'units\' if not specified)"}}, "required": ["base", "height"]}}]}';

const getMovies =
  '{"name": "get_movies", "description": "Retrieves a list of movies.", "parameters": {"type": "dict", "required": ["city"], "properties": {"city": {"type": "string", "description": "The city."}, "movie_date": {"type": "string", "description": "The date.", "default": null}}}}';

const roundTrip = (line: string): string =>
  stringifyJson(bfclTaskToQuestion(bfclQuestionToTask(parseJson(line))) as unknown as JsonValue);

describe("bfclQuestionToTask", () => {
  it("reads a one-message turn as the query (simple_python_0)", () => {
    const task = bfclQuestionToTask(parseJson(simplePython0));
    expect(Object.keys(task)).toEqual(["id", "query", "tools"]);
    expect(task.query).toBe("Find the area of a triangle with a base of 10 units and height of 5 units.");
    expect(task.tools[0]?.parameters.properties?.base).toEqual({
      type: "integer",
      description: "The base of the triangle.",
    });
    bfclTaskSchema.parse(task);
    expect(roundTrip(simplePython0)).toBe(stringifyJson(parseJson(simplePython0)));
  });

  it("reads a leading system message as system (live_simple_58-27-0)", () => {
    const line = `{"id": "live_simple_58-27-0", "question": [[{"role": "system", "content": "\\nYou are an AI chatbot who helps users in providing information related to movies.\\n"}, {"role": "user", "content": "list movies in Mumbai?"}]], "function": [${getMovies}]}`;
    const task = bfclQuestionToTask(parseJson(line));
    expect(task).toMatchObject({
      system: "\nYou are an AI chatbot who helps users in providing information related to movies.\n",
      query: "list movies in Mumbai?",
    });
    expect("messages" in task).toBe(false);
    expect(roundTrip(line)).toBe(stringifyJson(parseJson(line)));
  });

  it("keeps a longer turn or one written {content, role} whole in messages", () => {
    const lines = [
      `{"id": "history_1", "question": [[{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}, {"role": "user", "content": "movies?"}]], "function": [${getMovies}]}`,
      `{"id": "live_irrelevance_292-72-1", "question": [[{"content": "asd", "role": "user"}, {"content": "mabar", "role": "assistant"}, {"content": "ede", "role": "user"}]], "function": [${getMovies}]}`,
      `{"id": "content_first_1", "question": [[{"role": "system", "content": "Be brief."}, {"content": "movies?", "role": "user"}]], "function": [${getMovies}]}`,
    ];
    for (const line of lines) {
      const task = bfclQuestionToTask(parseJson(line));
      expect(task.messages?.length).toBeGreaterThan(1);
      bfclTaskSchema.parse(task);
      expect(roundTrip(line)).toBe(stringifyJson(parseJson(line)));
    }
    expect(bfclQuestionToTask(parseJson(lines[1] ?? ""))).toMatchObject({ query: "ede" });
    expect(bfclQuestionToTask(parseJson(lines[2] ?? ""))).toMatchObject({
      system: "Be brief.",
      query: "movies?",
    });
  });

  it("reads the flat question list of the retired sql file", () => {
    const line = `{"id": "sql_0", "question": [{"role": "user", "content": "What is the name of the student with the ID 1234?"}], "function": [${getMovies}]}`;
    expect(bfclQuestionToTask(parseJson(line))).toMatchObject({
      flatQuestion: true,
      query: "What is the name of the student with the ID 1234?",
    });
    expect(roundTrip(line)).toBe(stringifyJson(parseJson(line)));
  });

  it("refuses multi-turn entries and malformed ones, naming row and field", () => {
    const multiTurn =
      '{"id": "multi_turn_base_0", "question": [[{"role": "user", "content": "Move final_report.pdf"}], [{"role": "user", "content": "Now grep it"}]], "initial_config": {}, "path": [], "involved_classes": ["GorillaFileSystem"]}';
    const cases: [string, string | number, string, RegExp][] = [
      [
        multiTurn,
        "multi_turn_base_0",
        "function",
        /multi-turn \(and agentic\) entries are not single-turn questions/,
      ],
      [
        `{"id": "q_1", "question": [[{"role": "user", "content": "a"}], [{"role": "user", "content": "b"}]], "function": []}`,
        "q_1",
        "question",
        /one turn, this one has 2/,
      ],
      [
        `{"id": "q_2", "question": [[{"role": "system", "content": "a"}]], "function": []}`,
        "q_2",
        "question[0]",
        /no user message/,
      ],
      [
        `{"id": "q_3", "question": [[{"role": "tool", "content": "a"}]], "function": []}`,
        "q_3",
        "question[0][0].role",
        /./,
      ],
      [`{"id": "q_4", "question": [[]], "function": []}`, "q_4", "question[0]", /./],
      [
        `{"id": "q_5", "question": [[{"role": "user", "content": "a"}]], "function": [{"name": "f", "description": "", "parameters": {"type": "dict", "properties": {"x": {"type": 5}}}}]}`,
        "q_5",
        "function[0].parameters.properties.x.type",
        /type name/,
      ],
      [
        `{"id": "q_6", "question": [[{"role": "user", "content": "a"}]], "function": [], "extra": 1}`,
        "q_6",
        "extra",
        /Unrecognized key/,
      ],
      [
        `{"id": "q_7", "question": [[{"role": "user", "content": "a"}]], "function": [${getMovies}], "apigen": {"tools": []}}`,
        "q_7",
        "apigen.tools",
        /one entry per function/,
      ],
      ['{"question": "Find the area of a triangle.", "function": ""}', 4, "id", /./],
    ];
    for (const [line, row, field, reason] of cases) {
      const error = conversionErrorOf(() => bfclQuestionToTask(parseJson(line), { row: 4 }));
      expect([error.format, error.row, error.field]).toEqual(["bfcl", row, field]);
      expect(error.message).toMatch(reason);
    }
  });
});

const tool: Tool = {
  name: "get_movies",
  description: "Retrieves a list of movies.",
  parameters: {
    type: "object",
    properties: { city: { type: "string" }, rating: { type: "number" } },
    required: ["city"],
  },
};

describe("bfclTaskToQuestion", () => {
  it("gives canonical → BFCL → canonical identity", () => {
    const tasks: BfclTask[] = [
      { id: "t_1", query: "movies in Mumbai?", tools: [tool] },
      {
        id: "t_2",
        system: "Be brief.",
        query: "movies?",
        tools: [tool, { ...tool, name: "other", category: "Movies" }],
      },
      {
        id: "t_3",
        system: "Be brief.",
        query: "and tomorrow?",
        tools: [{ ...tool, source: { kind: "dataset", ref: "bfcl" } }],
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "movies today?" },
          { role: "assistant", content: "Which city?" },
          { role: "user", content: "and tomorrow?" },
        ],
      },
      { id: "t_4", query: "flat", tools: [], flatQuestion: true },
    ];
    for (const task of tasks) {
      bfclTaskSchema.parse(task);
      expect(bfclQuestionToTask(bfclTaskToQuestion(task))).toEqual(task);
    }
  });

  it("writes tool fields BFCL cannot hold under apigen.tools, or drops them with extensions: false", () => {
    const task: BfclTask = {
      id: "t_5",
      query: "q",
      tools: [tool, { ...tool, name: "other", category: "Movies" }],
    };
    const question = bfclTaskToQuestion(task);
    expect(question.apigen).toEqual({ tools: [{}, { category: "Movies" }] });
    expect(question.function.every((doc) => !("apigen" in doc))).toBe(true);
    expect(Object.keys(question)).toEqual(["id", "question", "function", "apigen"]);
    const dropped = bfclTaskToQuestion(task, { extensions: false });
    expect("apigen" in dropped).toBe(false);
    expect(bfclQuestionToTask(dropped).tools[1]).toEqual({ ...tool, name: "other" });
    expect(bfclQuestionToTask(question, { extensions: false }).tools[1]).toEqual({ ...tool, name: "other" });
  });

  it("refuses messages that disagree with query or system, and tools BFCL cannot spell", () => {
    const messages: BfclTask["messages"] = [
      { role: "user", content: "one" },
      { role: "user", content: "two" },
    ];
    expect(() => bfclTaskToQuestion({ id: "t_6", query: "one", tools: [], messages })).toThrow(
      /row t_6, field query/,
    );
    expect(() => bfclTaskToQuestion({ id: "t_7", system: "s", query: "two", tools: [], messages })).toThrow(
      /row t_7, field system/,
    );
    const nullable: Tool = {
      ...tool,
      parameters: { type: "object", properties: { city: { type: ["string", "null"] } } },
    };
    expect(() => bfclTaskToQuestion({ id: "t_8", query: "q", tools: [tool, nullable] })).toThrow(
      /row t_8, field tools\[1\]\.parameters\.properties\.city\.type/,
    );
  });
});
