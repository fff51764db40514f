import { describe, expect, it } from "vitest";
import type { Example } from "../../schemas/example.js";
import { describeChatRoundTrips } from "../openai/__fixtures__/describe-chat-round-trips.js";
import { noCallExample, parallelExample } from "../openai/__fixtures__/examples.js";
import { exampleToHermes } from "./example-to-hermes.js";
import { hermesToExample } from "./hermes-to-example.js";
import { renderHermesSystemPrompt } from "./render-hermes-system-prompt.js";

describe("exampleToHermes", () => {
  it("writes the system prompt with the tools, the query, the calls, the responses and the reply", () => {
    const { messages, apigen } = exampleToHermes(parallelExample);
    expect(messages.map((message) => message.role)).toEqual([
      "system",
      "user",
      "assistant",
      "tool",
      "assistant",
    ]);
    expect(messages[0]?.content).toBe(
      `You are a concise travel assistant.\n\n${renderHermesSystemPrompt(parallelExample.tools)}`,
    );
    expect(messages[0]?.content).toContain(
      '<tools>\n[{"type": "function", "function": {"name": "get_weather", "description": "Current weather for a city."',
    );
    expect(messages[2]?.content).toBe(
      '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}\n</tool_call>\n' +
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Tokyo"}}\n</tool_call>\n' +
        '<tool_call>\n{"name": "convert_currency", "arguments": {"amount": 2.0, "from": "EUR", "to": "JPY", "options": {"round": true, "precision": 0}}}\n</tool_call>',
    );
    expect(messages[3]?.content).toBe(
      '<tool_response>\n{"name": "get_weather", "content": {"temperature": 18.5, "conditions": "cloudy"}}\n</tool_response>\n' +
        '<tool_response>\n{"name": "get_weather", "content": "the weather service did not answer in 5 s"}\n</tool_response>\n' +
        '<tool_response>\n{"name": "convert_currency", "content": {"amount": 310.0, "currency": "JPY"}}\n</tool_response>',
    );
    expect(messages[4]?.content).toBe(parallelExample.response);
    expect(apigen?.answers).toEqual([{}, {}, { id: "call_fx" }]);
    expect(apigen?.provenance?.executions).toEqual([
      { durationMs: 12 },
      { status: "timeout" },
      { truncated: true },
    ]);
  });

  it("writes the sharegpt layout with human, gpt and tool", () => {
    const row = exampleToHermes(parallelExample, { layout: "sharegpt" });
    expect(row.conversations.map((turn) => turn.from)).toEqual(["system", "human", "gpt", "tool", "gpt"]);
    expect(row.conversations[1]?.value).toBe(parallelExample.query);
  });

  it("writes a no-call row as system, user and the statement", () => {
    const { messages } = exampleToHermes(noCallExample);
    expect(messages.slice(1)).toStrictEqual([
      { role: "user", content: noCallExample.query },
      { role: "assistant", content: noCallExample.response },
    ]);
    expect(messages[0]?.content).toBe(renderHermesSystemPrompt(noCallExample.tools));
  });

  const ownTools = '<tools>\n[{"type": "function", "function": {"name": "now"}}]\n</tools>';
  const timeExample = (system: string | undefined): Example => ({
    query: "What time is it?",
    tools: [{ name: "now", description: "", parameters: { type: "object" } }],
    answers: [],
    style: "no_call",
    ...(system === undefined ? {} : { system }),
  });

  it.each([
    ["apigen's prompt alone", undefined, renderHermesSystemPrompt(timeExample(undefined).tools)],
    ["an empty prompt before apigen's", "", `\n\n${renderHermesSystemPrompt(timeExample(undefined).tools)}`],
    [
      "a prompt before apigen's",
      "Answer in French.",
      `Answer in French.\n\n${renderHermesSystemPrompt(timeExample(undefined).tools)}`,
    ],
    [
      "a prompt with its own tools block, as it is",
      `Answer in French.\n\n${ownTools}`,
      `Answer in French.\n\n${ownTools}`,
    ],
  ])("keeps the system prompt: %s", (_, system, text) => {
    const row = exampleToHermes(timeExample(system));
    expect(row.messages[0]?.content).toBe(text);
    expect(hermesToExample(row)).toStrictEqual(timeExample(system));
  });

  it("refuses a system prompt whose tools block lists other tools", () => {
    const example: Example = {
      query: "What time is it?",
      tools: [],
      answers: [],
      style: "no_call",
      system: '<tools>\n[{"type": "function", "function": {"name": "now"}}]\n</tools>',
    };
    expect(() => exampleToHermes(example)).toThrow(/Cannot convert hermes \(field system\)/);
  });

  it("escapes closing tags inside JSON so they read back", () => {
    const example: Example = {
      query: "Echo a tag.",
      tools: [
        { name: "echo", description: "Repeats </tools> and </tool_call>.", parameters: { type: "object" } },
      ],
      answers: [{ name: "echo", arguments: { text: "</tool_call> and </tool_response>" } }],
      style: "simple",
      provenance: { executions: [{ call: 0, name: "echo", status: "ok", output: "</tool_response>" }] },
    };
    const row = exampleToHermes(example);
    expect(row.messages[2]?.content).toContain("<\\/tool_call> and </tool_response>");
    expect(hermesToExample(row)).toStrictEqual(example);
  });

  it("refuses a reply that would read back as a call", () => {
    expect(() => exampleToHermes({ ...noCallExample, response: "<tool_call>\n{}\n</tool_call>" })).toThrow(
      /row row-no-call, field response/,
    );
  });

  it("loses the call ids with extensions: false, since Hermes calls have none", () => {
    const back = hermesToExample(exampleToHermes(parallelExample, { extensions: false }));
    expect(back.answers.map((call) => call.id)).toEqual([undefined, undefined, undefined]);
  });
});

for (const layout of ["messages", "sharegpt"] as const) {
  describeChatRoundTrips({
    name: `Hermes (${layout})`,
    write: (example, options) => exampleToHermes(example, { ...options, layout }),
    read: hermesToExample,
  });
}
