import { describe, expect, it } from "vitest";
import { parseJson } from "../../json/parse-json.js";
import { jsonText } from "../openai/__fixtures__/examples.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { exampleToShareGpt } from "./example-to-share-gpt.js";
import { shareGptToExample } from "./share-gpt-to-example.js";

// The first exchange of a row of LLaMA-Factory's data/glaive_toolcall_en_demo.json, as the file has it: one
// call object (not a list) and one result object.
const tools =
  '[{"name": "calculate_area", "description": "Calculate the area of a given shape", "parameters": {"type": "object", "properties": {"shape": {"type": "string", "description": "The shape for which to calculate the area"}, "dimensions": {"type": "array", "items": {"type": "number"}, "description": "The dimensions required to calculate the area"}}, "required": ["shape", "dimensions"]}}, ' +
  '{"name": "calculate_discount", "description": "Calculate the discounted price based on original price and discount percentage", "parameters": {"type": "object", "properties": {"original_price": {"type": "number", "description": "The original price of the item"}, "discount_percentage": {"type": "number", "description": "The discount percentage"}}, "required": ["original_price", "discount_percentage"]}}]';
const glaiveRow = {
  conversations: [
    {
      from: "human",
      value: "I need to calculate the area of a rectangle. The length is 5 units and the breadth is 3 units.",
    },
    {
      from: "function_call",
      value: '{"name": "calculate_area", "arguments": {"shape": "rectangle", "dimensions": [5, 3]}}',
    },
    { from: "observation", value: '{"area": 15}' },
    {
      from: "gpt",
      value: "The area of the rectangle with length 5 units and breadth 3 units is 15 square units.",
    },
  ],
  tools,
};

describe("shareGptToExample", () => {
  it("reads a LLaMA-Factory row", () => {
    const example = shareGptToExample(glaiveRow);
    expect(example.query).toBe(glaiveRow.conversations[0]?.value);
    expect(example.tools.map((tool) => tool.name)).toEqual(["calculate_area", "calculate_discount"]);
    expect(example.answers).toStrictEqual([
      { name: "calculate_area", arguments: { shape: "rectangle", dimensions: [5, 3] } },
    ]);
    expect(example.style).toBe("multiple");
    expect(example.provenance).toStrictEqual({
      executions: [{ call: 0, name: "calculate_area", status: "ok", output: { area: 15 } }],
    });
    expect(example.response).toBe(glaiveRow.conversations[3]?.value);
  });

  it("writes it back the same, but with the call and the result in lists", () => {
    const written = exampleToShareGpt(shareGptToExample(glaiveRow));
    const expected = {
      ...glaiveRow,
      conversations: glaiveRow.conversations.map((turn, index) =>
        index === 1 || index === 2 ? { ...turn, value: `[${turn.value}]` } : turn,
      ),
    };
    expect(jsonText(written)).toBe(jsonText(expected));
  });

  it("refuses the rest of that row: one query per row", () => {
    const multiTurn = {
      ...glaiveRow,
      conversations: [
        ...glaiveRow.conversations,
        { from: "human", value: "What about a circle with a radius of 4 units?" },
      ],
    };
    expect(() => shareGptToExample(multiTurn, { row: 2 })).toThrow(
      /Cannot convert sharegpt \(row 2, field conversations\[4\]\): .*found a human turn here/,
    );
  });

  it('reads tools "[]", "" and a missing tools key as no tools', () => {
    for (const value of ["[]", "", undefined]) {
      const row = {
        conversations: [{ from: "human", value: "Hi" }],
        ...(value === undefined ? {} : { tools: value }),
      };
      expect(shareGptToExample(row).tools).toEqual([]);
    }
  });

  it("reads the OpenAI tool form in tools as well", () => {
    const row = parseJson(
      '{"conversations": [{"from": "human", "value": "Hi"}], "tools": "[{\\"type\\": \\"function\\", \\"function\\": {\\"name\\": \\"now\\"}}]"}',
    );
    expect(shareGptToExample(row).tools).toStrictEqual([
      { name: "now", description: "", parameters: { type: "object" } },
    ]);
  });

  const human = { from: "human", value: "Area of a 2 by 3 rectangle?" };
  const call = (value: string) => ({ from: "function_call", value });
  const observation = (value: string) => ({ from: "observation", value });
  const okCall = '[{"name": "calculate_area", "arguments": {"shape": "rectangle"}}]';

  it.each([
    [
      "bad call JSON",
      { conversations: [human, call('{"name": "calculate_area"')] },
      "conversations[1].value",
      /not valid JSON/,
    ],
    [
      "a call without arguments",
      { conversations: [human, call('[{"name": "a", "arguments": {}}, {"name": "b"}]')] },
      "conversations[1].value[1].arguments",
      /expected record/,
    ],
    [
      "a single call with string arguments",
      { conversations: [human, call('{"name": "a", "arguments": "{}"}')] },
      "conversations[1].value.arguments",
      /expected record/,
    ],
    [
      "calls that are a number",
      { conversations: [human, call("3")] },
      "conversations[1].value",
      /expected a JSON list of calls/,
    ],
    [
      "more results than calls",
      { conversations: [human, call(okCall), observation("[1, 2]")] },
      "conversations[2].value[1]",
      /has no call to answer/,
    ],
    [
      "a result before any call",
      { conversations: [human, observation("[1]")] },
      "conversations[1]",
      /found an observation turn/,
    ],
    [
      "a row that starts with gpt",
      { conversations: [{ from: "gpt", value: "Hello" }] },
      "conversations[0]",
      /found a gpt turn/,
    ],
    [
      "an unknown speaker",
      { conversations: [{ from: "system", value: "Be brief." }] },
      "conversations[0].from",
      /Invalid option/,
    ],
    ["tools that are not JSON", { conversations: [human], tools: "[{name: 1}]" }, "tools", /not valid JSON/],
    [
      "tools that are not a list",
      { conversations: [human], tools: '{"name": "a"}' },
      "tools",
      /expected a JSON list of functions/,
    ],
    [
      "a tool without a name",
      { conversations: [human], tools: '[{"description": "x"}]' },
      "tools[0].name",
      /expected string/,
    ],
    ["a system prompt that is not text", { conversations: [human], system: 3 }, "system", /expected string/],
    [
      "apigen.tools out of line",
      { conversations: [human], tools: "[]", apigen: { tools: [{ category: "Data" }] } },
      "apigen.tools",
      /1 entries but the row has 0/,
    ],
    [
      "a failure whose result is not a message",
      {
        conversations: [human, call(okCall), observation('[{"code": 1}]')],
        apigen: { provenance: { executions: [{ status: "crashed" }] } },
      },
      "conversations[2].value[0]",
      /must be its error message/,
    ],
  ])("names the row and field of %s", (_, record, field, reason) => {
    const error = conversionErrorOf(() => shareGptToExample(record, { row: 8 }));
    expect(error).toMatchObject({ format: "sharegpt", row: 8, field });
    expect(error.message).toMatch(reason);
  });
});
