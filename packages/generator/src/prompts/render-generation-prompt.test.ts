import {
  createRandom,
  type Example,
  type JsonSchema,
  type QueryStyle,
  queryStyles,
  stringifyJson,
} from "@apigen/core";
import { describe, expect, it } from "vitest";
import { checkJsonSchema } from "../__fixtures__/check-json-schema.js";
import { makeTools } from "../__fixtures__/make-tools.js";
import { createApiSampler, type ToolDraw } from "../api-sampler/create-api-sampler.js";
import { promptLibrary } from "./prompt-library.js";
import type { PromptTemplate } from "./prompt-template.js";
import { renderGenerationPrompt } from "./render-generation-prompt.js";

const sampler = createApiSampler({
  tools: makeTools(),
  random: createRandom(21),
  toolsPerPrompt: { min: 3, max: 3 },
});
const draws = Object.fromEntries(queryStyles.map((style) => [style, sampler.draw(style)])) as Record<
  QueryStyle,
  ToolDraw
>;
const examples: Example[] = [
  {
    query: "What is the weather in Lyon on 2024-05-02?",
    tools: [],
    answers: [{ name: "weather_forecast", arguments: { city: "Lyon", date: "2024-05-02" } }],
    style: "simple",
    thought: "One forecast request.",
  },
  {
    query: "Book me a table for four at Chez Paul tonight.",
    tools: [],
    answers: [],
    style: "no_call",
    response: "I cannot book restaurants with the tools I have.",
  },
];

/** The library template with this id; fails the test when there is none. */
function templateOf(id: string): PromptTemplate {
  const template = promptLibrary.find((entry) => entry.id === id);
  if (template === undefined) {
    throw new Error(`no template ${id}`);
  }
  return template;
}

const validAnswer = (style: QueryStyle, draw: ToolDraw) => {
  const name = draw.tools[0]?.name as string;
  const calls = style === "parallel" || style === "parallel_multiple" ? 2 : 1;
  const noCall = style === "no_call" || style === "missing_argument";
  return [
    {
      thought: "The user wants one thing.",
      query: "A concrete question",
      answers: noCall
        ? []
        : Array.from({ length: calls }, (_, index) => ({ name, arguments: { query: `x${index}` } })),
      ...(noCall ? { response: "Which value should I use?" } : {}),
    },
  ];
};

/** The schema of one pair: the items of the answer's `pairs` list. */
function itemsOf(schema: JsonSchema): unknown {
  return (schema.properties as { pairs: { items: unknown } }).pairs.items;
}

describe("renderGenerationPrompt", () => {
  it("renders every template of the library into a system and a user message, all texts distinct", () => {
    const texts = new Set<string>();
    for (const template of promptLibrary) {
      const draw = draws[template.style];
      const prompt = renderGenerationPrompt({ template, draw, examples });
      expect(prompt.templateId).toBe(template.id);
      expect(prompt.messages.map((message) => message.role)).toEqual(["system", "user"]);
      expect(prompt.messages.every((message) => message.content.trim().length > 100)).toBe(true);
      const user = prompt.messages[1]?.content as string;
      for (const tool of draw.tools) {
        expect(user).toContain(stringifyJson(tool.parameters));
        expect(user).toContain(tool.description);
      }
      for (const example of examples) {
        expect(user).toContain(example.query);
      }
      texts.add(prompt.messages.map((message) => message.content).join("\n"));
    }
    expect(texts.size).toBe(promptLibrary.length);
  });

  it("describes the withheld tool for no_call and names the value to leave out for missing_argument", () => {
    const noCall = renderGenerationPrompt({
      template: templateOf("no_call.concise.v1"),
      draw: draws.no_call,
      examples: [],
    });
    const noCallUser = noCall.messages[1]?.content as string;
    expect(noCallUser).toContain("NOT available");
    expect(noCallUser).toContain(draws.no_call.withheld?.description as string);
    expect(noCallUser).not.toContain("## Example rows");
    expect(noCallUser).not.toContain("One call per request");
    const [offered, unavailable] = noCallUser.split("NOT available");
    expect(offered).not.toContain(`"name":"${draws.no_call.withheld?.name}"`);
    expect(unavailable).toContain(`"name":"${draws.no_call.withheld?.name}"`);
    const missing = renderGenerationPrompt({
      template: templateOf("missing_argument.concise.v1"),
      draw: draws.missing_argument,
      examples: [],
    });
    expect(missing.messages[1]?.content).toContain(
      `never states "${draws.missing_argument.omit?.parameter}"`,
    );
    expect(missing.messages[1]?.content).toContain(`for what ${draws.missing_argument.omit?.tool} does`);
    expect(() =>
      renderGenerationPrompt({
        template: templateOf("no_call.concise.v1"),
        draw: draws.simple,
        examples: [],
      }),
    ).toThrow(/needs a draw with a withheld tool/);
  });

  it("asks for the number of pairs, calls and thoughts given", () => {
    const prompt = renderGenerationPrompt({
      template: templateOf("parallel.detailed.v1"),
      draw: draws.parallel,
      examples,
      pairs: 5,
      withThought: true,
      callsPerAnswer: { min: 3, max: 6 },
    });
    const user = prompt.messages[1]?.content as string;
    expect(user).toContain("Write 5 query/answer pairs.");
    expect(user).toContain("3 to 6 independent requests");
    expect(user).toContain('"thought"');
    expect(user).toContain("One forecast request.");
    const items = itemsOf(prompt.responseFormat.schema) as {
      properties: Record<string, { minItems?: number; maxItems?: number }>;
    };
    expect(items.properties.answers).toMatchObject({ minItems: 3, maxItems: 6 });
  });

  it("gives a response schema that accepts a valid answer, names the required fields and rejects wrong ones", () => {
    for (const style of queryStyles) {
      const draw = draws[style];
      const { schema } = renderGenerationPrompt({
        template: templateOf(`${style}.concise.v1`),
        draw,
        examples,
        withThought: true,
      }).responseFormat;
      const items = itemsOf(schema) as { required: string[] };
      const noCall = style === "no_call" || style === "missing_argument";
      expect(items.required).toEqual(
        noCall ? ["thought", "query", "answers", "response"] : ["thought", "query", "answers"],
      );
      const answer = validAnswer(style, draw);
      expect(checkJsonSchema(schema, { pairs: answer })).toEqual([]);
      expect(checkJsonSchema(schema, answer)).toContain("$: expected object, got array");
      const [first] = answer;
      expect(checkJsonSchema(schema, { pairs: [{ ...first, query: 3 }] })).toEqual([
        "$.pairs[0].query: expected string, got number",
      ]);
      if (noCall) {
        expect(
          checkJsonSchema(schema, { pairs: [{ ...first, answers: [{ name: "x", arguments: {} }] }] }),
        ).toContain("$.pairs[0].answers: more than 0 items");
        const { response: _, ...withoutResponse } = first as Record<string, unknown>;
        expect(checkJsonSchema(schema, { pairs: [withoutResponse] })).toEqual([
          "$.pairs[0].response: missing",
        ]);
      } else {
        const call = { name: "not_offered", arguments: {} };
        expect(checkJsonSchema(schema, { pairs: [{ ...first, answers: [call, call] }] })).toContain(
          "$.pairs[0].answers[0].name: not in enum",
        );
        expect(checkJsonSchema(schema, { pairs: [{ ...first, answers: [] }] })).toEqual([
          `$.pairs[0].answers: fewer than ${style.startsWith("parallel") ? 2 : 1} items`,
        ]);
      }
    }
    const plain = renderGenerationPrompt({
      template: templateOf("simple.concise.v1"),
      draw: draws.simple,
      examples,
    });
    expect((itemsOf(plain.responseFormat.schema) as { required: string[] }).required).toEqual([
      "query",
      "answers",
    ]);
  });

  it("uses a template's own instructions in place of the framing's", () => {
    const template: PromptTemplate = {
      id: "simple.mine.v1",
      style: "simple",
      framing: "casual",
      instructions: "Write every query as a question from a busy nurse.",
    };
    const user = renderGenerationPrompt({ template, draw: draws.simple, examples }).messages[1]?.content;
    expect(user).toContain("## Wording\nWrite every query as a question from a busy nurse.");
    expect(user).not.toContain("contractions");
  });

  it("rejects invalid counts with a TypeError", () => {
    const template = templateOf("simple.concise.v1");
    expect(() => renderGenerationPrompt({ template, draw: draws.simple, examples, pairs: 0 })).toThrow(
      TypeError,
    );
    expect(() =>
      renderGenerationPrompt({ template, draw: draws.simple, examples, callsPerAnswer: { min: 3, max: 2 } }),
    ).toThrow(/callsPerAnswer/);
  });
});
