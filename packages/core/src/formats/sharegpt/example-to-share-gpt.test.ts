import { describe, expect, it } from "vitest";
import { describeChatRoundTrips } from "../openai/__fixtures__/describe-chat-round-trips.js";
import { awkwardExecutionsExample, noCallExample, parallelExample } from "../openai/__fixtures__/examples.js";
import { exampleToShareGpt } from "./example-to-share-gpt.js";
import { shareGptToExample } from "./share-gpt-to-example.js";

describe("exampleToShareGpt", () => {
  it("writes human, function_call, observation and gpt, with system and tools beside them", () => {
    const row = exampleToShareGpt(parallelExample);
    expect(Object.keys(row)).toEqual(["conversations", "system", "tools", "apigen"]);
    expect(row.conversations).toStrictEqual([
      { from: "human", value: parallelExample.query },
      {
        from: "function_call",
        value:
          '[{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}, ' +
          '{"name": "get_weather", "arguments": {"city": "Tokyo"}}, ' +
          '{"name": "convert_currency", "arguments": {"amount": 2.0, "from": "EUR", "to": "JPY", "options": {"round": true, "precision": 0}}}]',
      },
      {
        from: "observation",
        value:
          '[{"temperature": 18.5, "conditions": "cloudy"}, "the weather service did not answer in 5 s", {"amount": 310.0, "currency": "JPY"}]',
      },
      { from: "gpt", value: parallelExample.response },
    ]);
    expect(row.system).toBe(parallelExample.system);
    expect(row.tools).toMatch(
      /^\[\{"name": "get_weather", "description": "Current weather for a city.", "parameters": /,
    );
    expect(row.tools).toContain('{"name": "list_holidays"}]');
    expect(row.apigen?.answers).toEqual([{}, {}, { id: "call_fx" }]);
  });

  it("writes a no-call row as human and gpt", () => {
    expect(exampleToShareGpt(noCallExample).conversations).toStrictEqual([
      { from: "human", value: noCallExample.query },
      { from: "gpt", value: noCallExample.response },
    ]);
  });

  it("keeps whole records where the observation alone would read back differently", () => {
    const row = exampleToShareGpt(awkwardExecutionsExample);
    expect(row.conversations[2]?.value).toBe("[null, null]");
    expect(row.apigen?.provenance?.executions).toStrictEqual([
      { call: 1, name: "convert_currency", status: "ok" },
      { call: 0, name: "convert_currency", status: "tool_error", output: { code: 503 } },
    ]);
  });

  it("loses the call ids with extensions: false, since ShareGPT calls have none", () => {
    const back = shareGptToExample(exampleToShareGpt(parallelExample, { extensions: false }));
    expect(back.answers[2]).toStrictEqual({
      name: "convert_currency",
      arguments: parallelExample.answers[2]?.arguments,
    });
  });
});

describeChatRoundTrips({ name: "ShareGPT", write: exampleToShareGpt, read: shareGptToExample });
