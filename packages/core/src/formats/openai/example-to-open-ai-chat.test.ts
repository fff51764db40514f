import { describe, expect, it } from "vitest";
import { describeChatRoundTrips } from "./__fixtures__/describe-chat-round-trips.js";
import {
  jsonText,
  missingArgumentExample,
  noCallExample,
  parallelExample,
  strictExample,
} from "./__fixtures__/examples.js";
import { exampleToOpenAiChat } from "./example-to-open-ai-chat.js";
import { openAiChatToExample } from "./open-ai-chat-to-example.js";

describe("exampleToOpenAiChat", () => {
  it("writes system, user, tool calls, one tool message per execution and the reply", () => {
    const chat = exampleToOpenAiChat(parallelExample);
    expect(chat.messages.map((message) => message.role)).toEqual([
      "system",
      "user",
      "assistant",
      "tool",
      "tool",
      "tool",
      "assistant",
    ]);
    expect(jsonText(chat.messages[2] ?? null)).toBe(
      '{"role":"assistant","content":null,"tool_calls":[' +
        '{"id":"call_0","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\",\\"unit\\":\\"celsius\\"}"}},' +
        '{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Tokyo\\"}"}},' +
        '{"id":"call_fx","type":"function","function":{"name":"convert_currency","arguments":"{\\"amount\\":2.0,\\"from\\":\\"EUR\\",\\"to\\":\\"JPY\\",\\"options\\":{\\"round\\":true,\\"precision\\":0}}"}}]}',
    );
    expect(chat.messages.slice(3, 6)).toStrictEqual([
      { role: "tool", tool_call_id: "call_0", content: '{"temperature":18.5,"conditions":"cloudy"}' },
      { role: "tool", tool_call_id: "call_1", content: "the weather service did not answer in 5 s" },
      { role: "tool", tool_call_id: "call_fx", content: '{"amount":310.0,"currency":"JPY"}' },
    ]);
    expect(chat.messages[6]).toStrictEqual({ role: "assistant", content: parallelExample.response });
  });

  it("keeps what OpenAI cannot hold in one apigen key", () => {
    expect(jsonText(exampleToOpenAiChat(parallelExample).apigen ?? null)).toBe(
      '{"id":"row-parallel","tools":[{"returns":{"type":"object","properties":{"temperature":{"type":"number"},"conditions":{"type":"string"}}},"category":"Weather","source":{"kind":"builtin","ref":"weather/get-weather"}},{"category":"Finance"},{}],' +
        '"category":"Travel","thought":"Two weather look-ups and one conversion, all independent.",' +
        '"provenance":{"generatorModel":"qwen2.5-7b-instruct","seed":7,"verdicts":[{"stage":"format","pass":true,"reason":"ok"},{"stage":"execution","pass":true,"reason":"ok","detail":"1 of 3 calls timed out"}],' +
        '"executions":[{"durationMs":12},{"status":"timeout"},{"truncated":true}],"createdAt":"2025-01-01T00:00:00Z"}}',
    );
  });

  it("writes a no-call row as user and assistant, and leaves apigen out when it would be empty", () => {
    const { id, ...rest } = noCallExample;
    const tools = rest.tools.map(({ name, description, parameters }) => ({ name, description, parameters }));
    expect(exampleToOpenAiChat({ ...rest, tools })).toStrictEqual({
      messages: [
        { role: "user", content: noCallExample.query },
        { role: "assistant", content: noCallExample.response },
      ],
      tools: noCallExample.tools.map((tool) => ({
        type: "function",
        function: { name: tool.name, description: tool.description, parameters: tool.parameters },
      })),
    });
  });

  it("keeps a missing-argument row's style in apigen", () => {
    const { apigen } = exampleToOpenAiChat(missingArgumentExample);
    expect(apigen?.style).toBe("missing_argument");
    expect(exampleToOpenAiChat(noCallExample).apigen).not.toHaveProperty("style");
  });

  it("writes a plain-text result as it is and JSON-looking text as a JSON string", () => {
    const tools = exampleToOpenAiChat(strictExample).messages.filter((message) => message.role === "tool");
    expect(tools.map((message) => message.content)).toEqual([
      "https://exm.pl/x1",
      '"{\\"note\\": \\"json text\\"}"',
    ]);
  });

  it("writes Python-style JSON on request", () => {
    const chat = exampleToOpenAiChat(parallelExample, { jsonStyle: "python" });
    const call = chat.messages[2]?.role === "assistant" ? chat.messages[2].tool_calls?.[1] : undefined;
    expect(call?.function.arguments).toBe('{"city": "Tokyo"}');
    expect(openAiChatToExample(chat)).toStrictEqual(parallelExample);
  });

  it("refuses a record of a call that does not exist and duplicate call ids", () => {
    const orphan = {
      ...noCallExample,
      provenance: { executions: [{ call: 0, name: "get_weather", status: "ok" as const }] },
    };
    expect(() => exampleToOpenAiChat(orphan)).toThrow(
      /row row-no-call, field provenance\.executions\[0\]\.call/,
    );
    const twice = {
      ...strictExample,
      answers: strictExample.answers.map((call) => ({ ...call, id: "same" })),
    };
    expect(() => exampleToOpenAiChat(twice)).toThrow(/field answers\[1\]\.id/);
  });
});

describeChatRoundTrips({ name: "OpenAI", write: exampleToOpenAiChat, read: openAiChatToExample });
