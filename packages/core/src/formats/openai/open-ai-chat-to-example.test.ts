import { describe, expect, it } from "vitest";
import { parseJson } from "../../json/parse-json.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { jsonText } from "./__fixtures__/examples.js";
import { exampleToOpenAiChat } from "./example-to-open-ai-chat.js";
import { openAiChatToExample } from "./open-ai-chat-to-example.js";

// The weather example of OpenAI's fine-tuning guide, with the tool result and the final reply added, as a
// user's JSONL line has it: Python-style JSON strings, its own call id, and no `content` next to `tool_calls`.
const fineTuningLine =
  '{"messages": [{"role": "user", "content": "What is the weather in San Francisco?"}, ' +
  '{"role": "assistant", "tool_calls": [{"id": "call_abc123", "type": "function", "function": {"name": "get_current_weather", "arguments": "{\\"location\\": \\"San Francisco, USA\\", \\"format\\": \\"celsius\\"}"}}]}, ' +
  '{"role": "tool", "tool_call_id": "call_abc123", "content": "{\\"temperature\\": 18.0, \\"conditions\\": \\"fog\\"}"}, ' +
  '{"role": "assistant", "content": "It is 18 °C and foggy in San Francisco."}], ' +
  '"tools": [{"type": "function", "function": {"name": "get_current_weather", "description": "Get the current weather", "parameters": {"type": "object", "properties": {"location": {"type": "string", "description": "The city and country, eg. San Francisco, USA"}, "format": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location", "format"]}}}]}';

describe("openAiChatToExample", () => {
  it("reads a fine-tuning line as a user has it", () => {
    const example = openAiChatToExample(parseJson(fineTuningLine));
    expect(jsonText(example, { style: "python" })).toBe(
      '{"query": "What is the weather in San Francisco?", ' +
        '"tools": [{"name": "get_current_weather", "description": "Get the current weather", "parameters": {"type": "object", "properties": {"location": {"type": "string", "description": "The city and country, eg. San Francisco, USA"}, "format": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location", "format"]}}], ' +
        '"answers": [{"name": "get_current_weather", "arguments": {"location": "San Francisco, USA", "format": "celsius"}, "id": "call_abc123"}], ' +
        '"style": "simple", "response": "It is 18 °C and foggy in San Francisco.", ' +
        '"provenance": {"executions": [{"call": 0, "name": "get_current_weather", "status": "ok", "output": {"temperature": 18.0, "conditions": "fog"}}]}}',
    );
  });

  it("writes the line back the same, but for `content: null` next to the calls", () => {
    const written = exampleToOpenAiChat(openAiChatToExample(parseJson(fineTuningLine)), {
      jsonStyle: "python",
    });
    const expected = fineTuningLine.replace(
      '{"role": "assistant", "tool_calls"',
      '{"role": "assistant", "content": null, "tool_calls"',
    );
    expect(jsonText(written, { style: "python" })).toBe(expected);
  });

  it("drops only the call ids the writer would give", () => {
    const line = (ids: string[]) => ({
      messages: [
        { role: "user", content: "Ping twice." },
        {
          role: "assistant",
          content: "",
          tool_calls: ids.map((id) => ({
            id,
            type: "function",
            function: { name: "ping", arguments: "{}" },
          })),
        },
      ],
    });
    expect(openAiChatToExample(line(["call_0", "call_1"])).answers).toStrictEqual([
      { name: "ping", arguments: {} },
      { name: "ping", arguments: {} },
    ]);
    expect(openAiChatToExample(line(["call_1", "call_0"])).answers.map((call) => call.id)).toEqual([
      "call_1",
      "call_0",
    ]);
  });

  it("reads a row without tools, system or reply", () => {
    expect(openAiChatToExample({ messages: [{ role: "user", content: "Hi" }] })).toStrictEqual({
      query: "Hi",
      tools: [],
      answers: [],
      style: "no_call",
    });
  });

  it("reads plain-text tool content as a string output", () => {
    const example = openAiChatToExample({
      messages: [
        { role: "user", content: "Weather?" },
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "a", type: "function", function: { name: "w", arguments: "{}" } }],
        },
        { role: "tool", tool_call_id: "a", content: "Sunny, 22 C" },
      ],
    });
    expect(example.provenance?.executions?.[0]?.output).toBe("Sunny, 22 C");
  });

  const call = (args: string, id = "call_0") => ({
    id,
    type: "function",
    function: { name: "w", arguments: args },
  });
  const user = { role: "user", content: "Weather in Oslo?" };
  const calls = (...items: unknown[]) => ({ role: "assistant", content: null, tool_calls: items });

  it.each([
    [
      "bad JSON arguments",
      { messages: [user, calls(call('{"city": "Oslo"'))] },
      "messages[1].tool_calls[0].function.arguments",
      /not valid JSON/,
    ],
    [
      "arguments that are a list",
      { messages: [user, calls(call("[1]"))] },
      "messages[1].tool_calls[0].function.arguments",
      /expected a JSON object/,
    ],
    ["an unknown role", { messages: [{ role: "bot", content: "x" }] }, "messages[0].role", /discriminator/],
    [
      "a call without a name",
      { messages: [user, calls({ id: "a", type: "function", function: { name: "", arguments: "{}" } })] },
      "messages[1].tool_calls[0].function.name",
      /name/,
    ],
    [
      "a result for an unknown call",
      { messages: [user, calls(call("{}")), { role: "tool", tool_call_id: "nope", content: "1" }] },
      "messages[2].tool_call_id",
      /no call/,
    ],
    [
      "a result before any call",
      { messages: [user, { role: "tool", tool_call_id: "call_0", content: "1" }] },
      "messages[1]",
      /found a tool message/,
    ],
    [
      "a second user turn",
      { messages: [user, { role: "assistant", content: "Which Oslo?" }, user] },
      "messages[2]",
      /found a user message/,
    ],
    [
      "no user message",
      { messages: [{ role: "system", content: "Be brief." }] },
      "messages[1]",
      /messages end here/,
    ],
    ["an empty query", { messages: [{ role: "user", content: "" }] }, "messages[0].content", /needs a query/],
    [
      "content next to calls",
      { messages: [user, { ...calls(call("{}")), content: "Let me check." }] },
      "messages[1].content",
      /no content/,
    ],
    [
      "a call id used twice",
      { messages: [user, calls(call("{}", "x"), call("{}", "x"))] },
      "messages[1].tool_calls[1].id",
      /twice/,
    ],
    [
      "a second round of calls",
      { messages: [user, calls(call("{}")), calls(call("{}"))] },
      "messages[2].tool_calls",
      /one round/,
    ],
    ["no messages", { tools: [] }, "messages", /expected array/],
    [
      "a bad tool schema",
      {
        messages: [user],
        tools: [
          { type: "function", function: { name: "w", parameters: { type: "object", required: "city" } } },
        ],
      },
      "tools[0].function.parameters.required",
      /array/,
    ],
    [
      "an unknown apigen key",
      { messages: [user], apigen: { colour: "red" } },
      "apigen.colour",
      /Unrecognized key/,
    ],
    ["an unknown style", { messages: [user], apigen: { style: "chatty" } }, "apigen.style", /Invalid option/],
    [
      "apigen.tools out of line",
      { messages: [user], apigen: { tools: [{}] } },
      "apigen.tools",
      /has 1 entries but the row has 0/,
    ],
    [
      "apigen.answers in an OpenAI row",
      { messages: [user], apigen: { answers: [] } },
      "apigen.answers",
      /call ids/,
    ],
    [
      "executions out of line",
      { messages: [user], apigen: { provenance: { executions: [{}] } } },
      "apigen.provenance.executions",
      /1 entries but the row has 0 tool results/,
    ],
    [
      "a whole execution entry without a name",
      {
        messages: [user, calls(call("{}")), { role: "tool", tool_call_id: "call_0", content: "x" }],
        apigen: { provenance: { executions: [{ call: 0, status: "ok" }] } },
      },
      "apigen.provenance.executions[0].name",
      /expected string/,
    ],
  ])("names the row and field of %s", (_, record, field, reason) => {
    const error = conversionErrorOf(() => openAiChatToExample(record, { row: 12 }));
    expect(error).toMatchObject({ format: "openai", row: 12, field });
    expect(error.message).toMatch(reason);
    expect(error.message).toContain(`row 12, field ${field}`);
  });

  it("names the row by its apigen id when no row is given", () => {
    expect(() =>
      openAiChatToExample({
        messages: [{ role: "tool", tool_call_id: "a", content: "" }],
        apigen: { id: "row-7" },
      }),
    ).toThrow(/Cannot convert openai \(row row-7, field messages\[0\]\)/);
  });
});
