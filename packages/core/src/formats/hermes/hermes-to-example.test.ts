import { describe, expect, it } from "vitest";
import { parseJson } from "../../json/parse-json.js";
import { jsonText } from "../openai/__fixtures__/examples.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { exampleToHermes } from "./example-to-hermes.js";
import { hermesToExample } from "./hermes-to-example.js";

// A row as Hermes function-calling data sets have it: the sharegpt layout, a system prompt of its own that
// names the tags in prose before the real <tools> block (one tool per line), Python-style JSON throughout.
const systemText =
  "You are a function calling AI model. The function signatures are inside <tools></tools> XML tags. " +
  "You may call one or more functions to help with the user query. Here are the available tools: <tools>\n" +
  '{"type": "function", "function": {"name": "get_stock_price", "description": "Latest price of a stock.", "parameters": {"type": "object", "properties": {"symbol": {"type": "string"}}, "required": ["symbol"]}}}\n' +
  '{"type": "function", "function": {"name": "get_news", "description": "Headlines about a company.", "parameters": {"type": "object", "properties": {"company": {"type": "string"}, "limit": {"type": "integer"}}, "required": ["company"]}}}\n' +
  "</tools> For each call return a JSON object with the function name and arguments inside <tool_call></tool_call> tags.";

const hermesLine = jsonText({
  conversations: [
    { from: "system", value: systemText },
    { from: "human", value: "What is Tesla trading at, and any news?" },
    {
      from: "gpt",
      value:
        '<tool_call>\n{"name": "get_stock_price", "arguments": {"symbol": "TSLA"}}\n</tool_call>\n' +
        '<tool_call>\n{"name": "get_news", "arguments": {"company": "Tesla", "limit": 2}}\n</tool_call>',
    },
    {
      from: "tool",
      value:
        '<tool_response>\n{"name": "get_stock_price", "content": {"symbol": "TSLA", "price": 250.0}}\n</tool_response>\n' +
        '<tool_response>\n{"name": "get_news", "content": ["Tesla opens a plant", "Tesla cuts prices"]}\n</tool_response>',
    },
    { from: "gpt", value: "Tesla trades at $250. Headlines: a new plant, and price cuts." },
  ],
});

describe("hermesToExample", () => {
  it("reads a row as a Hermes data set has it", () => {
    const example = hermesToExample(parseJson(hermesLine));
    expect(example.system).toBe(systemText);
    expect(example.tools.map((tool) => tool.name)).toEqual(["get_stock_price", "get_news"]);
    expect(example.answers).toStrictEqual([
      { name: "get_stock_price", arguments: { symbol: "TSLA" } },
      { name: "get_news", arguments: { company: "Tesla", limit: 2 } },
    ]);
    expect(example.style).toBe("parallel_multiple");
    expect(jsonText(example.provenance ?? null)).toBe(
      '{"executions":[{"call":0,"name":"get_stock_price","status":"ok","output":{"symbol":"TSLA","price":250.0}},' +
        '{"call":1,"name":"get_news","status":"ok","output":["Tesla opens a plant","Tesla cuts prices"]}]}',
    );
    expect(example.response).toBe("Tesla trades at $250. Headlines: a new plant, and price cuts.");
  });

  it("writes that row back unchanged", () => {
    const example = hermesToExample(parseJson(hermesLine));
    expect(jsonText(exampleToHermes(example, { layout: "sharegpt" }))).toBe(hermesLine);
  });

  it("reads apigen's prompt in compact style as apigen's prompt", () => {
    const row = exampleToHermes(
      { query: "Hi", tools: [], answers: [], style: "no_call" },
      { jsonStyle: "compact" },
    );
    expect(hermesToExample(row)).not.toHaveProperty("system");
  });

  const system = {
    role: "system",
    content: '<tools>\n[{"type": "function", "function": {"name": "w"}}]\n</tools>',
  };
  const user = { role: "user", content: "Weather in Oslo?" };
  const calls = (content: string) => ({ role: "assistant", content });
  const tool = (content: string) => ({ role: "tool", content });
  const okCall = '<tool_call>\n{"name": "w", "arguments": {}}\n</tool_call>';

  it.each([
    [
      "bad call JSON",
      { messages: [system, user, calls('<tool_call>\n{"name": "w", \n</tool_call>')] },
      "messages[2].content<tool_call>[0]",
      /not valid JSON/,
    ],
    [
      "a call without arguments",
      { messages: [system, user, calls(`${okCall}\n<tool_call>\n{"name": "w"}\n</tool_call>`)] },
      "messages[2].content<tool_call>[1].arguments",
      /expected record/,
    ],
    [
      "arguments as a string",
      { messages: [system, user, calls('<tool_call>\n{"name": "w", "arguments": "{}"}\n</tool_call>')] },
      "messages[2].content<tool_call>[0].arguments",
      /expected record/,
    ],
    [
      "an unclosed call",
      { messages: [system, user, calls(`${okCall}\n<tool_call>\n{"name": "w"`)] },
      "messages[2].content",
      /outside the <tool_call> blocks/,
    ],
    [
      "words around calls",
      { messages: [system, user, calls(`Let me check.\n${okCall}`)] },
      "messages[2].content",
      /outside/,
    ],
    [
      "a system message without tools",
      { messages: [{ role: "system", content: "Be brief." }, user] },
      "messages[0].content",
      /no <tools> block/,
    ],
    [
      "a tool without a name",
      { messages: [{ role: "system", content: '<tools>[{"description": "x"}]</tools>' }, user] },
      "messages[0].content<tools>[0].name",
      /expected string/,
    ],
    ["no system message", { messages: [user] }, "messages[0]", /found a user message/],
    [
      "a result without calls",
      { messages: [system, user, tool("<tool_response>\n{}\n</tool_response>")] },
      "messages[2]",
      /found a tool message/,
    ],
    [
      "an empty tool message",
      { messages: [system, user, calls(okCall), tool("")] },
      "messages[3].content",
      /needs <tool_response> blocks/,
    ],
    [
      "an unknown key in a response",
      {
        messages: [
          system,
          user,
          calls(okCall),
          tool('<tool_response>\n{"name": "w", "result": 1}\n</tool_response>'),
        ],
      },
      "messages[3].content<tool_response>[0].result",
      /Unrecognized key/,
    ],
    [
      "a failure whose content is not a message",
      {
        messages: [
          system,
          user,
          calls(okCall),
          tool('<tool_response>\n{"name": "w", "content": {"code": 1}}\n</tool_response>'),
        ],
        apigen: { provenance: { executions: [{ status: "tool_error" }] } },
      },
      "messages[3].content<tool_response>[0].content",
      /must be its error message/,
    ],
    [
      "a second round of calls",
      {
        messages: [
          system,
          user,
          calls(okCall),
          tool('<tool_response>\n{"name": "w"}\n</tool_response>'),
          calls(okCall),
        ],
      },
      "messages[4].content",
      /one round/,
    ],
    [
      "apigen.answers out of line",
      { messages: [system, user, calls(okCall)], apigen: { answers: [{}, { id: "x" }] } },
      "apigen.answers",
      /has 2 entries but the row has 1/,
    ],
    [
      "an unknown speaker",
      {
        conversations: [
          { from: "system", value: system.content },
          { from: "user", value: "Hi" },
        ],
      },
      "conversations[1].from",
      /Invalid option/,
    ],
    [
      "a second human turn",
      {
        conversations: [
          { from: "system", value: system.content },
          { from: "human", value: "Hi" },
          { from: "gpt", value: "Hello" },
          { from: "human", value: "Hi" },
        ],
      },
      "conversations[3]",
      /found a user message/,
    ],
  ])("names the row and field of %s", (_, record, field, reason) => {
    const error = conversionErrorOf(() => hermesToExample(record, { row: 5 }));
    expect(error).toMatchObject({ format: "hermes", row: 5, field });
    expect(error.message).toMatch(reason);
  });

  it("refuses a row with neither or both layouts", () => {
    expect(() => hermesToExample({ turns: [] }, { row: 1 })).toThrow(
      /row 1\): expected a row with a messages list or a conversations list/,
    );
    expect(() => hermesToExample({ messages: [], conversations: [] })).toThrow(/not both/);
  });
});
