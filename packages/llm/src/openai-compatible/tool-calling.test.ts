import { type CompletionRequest, isJsonObject, type JsonValue, type Tool } from "@apigen/core";
import { afterAll, describe, expect, it } from "vitest";
import type { CompletionStreamPart } from "../interfaces/streaming-language-model.js";
import {
  type OpenAiCompatibleServer,
  type ServerScript,
  startOpenAiCompatibleServer,
} from "../testing/index.js";
import { createOpenAiCompatibleModel } from "./create-open-ai-compatible-model.js";

const servers: OpenAiCompatibleServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function modelFor(script: ServerScript) {
  const server = await startOpenAiCompatibleServer({ script });
  servers.push(server);
  return { server, model: createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model" }) };
}

function lastBody(server: OpenAiCompatibleServer): Record<string, JsonValue> {
  const body = server.requests.at(-1)?.body;
  return isJsonObject(body) ? body : {};
}

const weather: Tool = {
  name: "get_weather",
  description: "The weather in a city.",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
};
const now: Tool = { name: "now", description: "", parameters: { type: "object" } };
const ask: CompletionRequest = {
  messages: [{ role: "user", content: "Weather in Paris and Rome?" }],
  tools: [weather, now],
};

describe("native tool calling with createOpenAiCompatibleModel", () => {
  it("sends tools and tool_choice, and reads tool calls with ids and parsed arguments", async () => {
    const { server, model } = await modelFor([
      {
        toolCalls: [
          { id: "call_a", name: "get_weather", arguments: { city: "Paris" } },
          { id: "call_b", name: "get_weather", arguments: '{"city": "Rome"}' },
        ],
      },
    ]);
    const response = await model.complete({ ...ask, toolChoice: "required" });
    expect(response.toolCalls).toEqual([
      { id: "call_a", name: "get_weather", arguments: { city: "Paris" } },
      { id: "call_b", name: "get_weather", arguments: { city: "Rome" } },
    ]);
    expect(response.finishReason).toBe("tool-calls");
    expect(response.text).toBe("");
    const body = lastBody(server);
    expect(body.tools).toEqual([
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "The weather in a city.",
          parameters: weather.parameters,
        },
      },
      { type: "function", function: { name: "now" } },
    ]);
    expect(body.tool_choice).toBe("required");
  });

  it("maps a named tool choice and leaves tool_choice out when not given", async () => {
    const { server, model } = await modelFor(() => ({ toolCalls: [{ name: "now", arguments: {} }] }));
    const named = await model.complete({ ...ask, toolChoice: { name: "now" } });
    expect(lastBody(server).tool_choice).toEqual({ type: "function", function: { name: "now" } });
    expect(named.toolCalls).toEqual([{ id: "call_req_test_1_0", name: "now", arguments: {} }]);
    await model.complete(ask);
    expect(lastBody(server)).not.toHaveProperty("tool_choice");
    await model.complete({ messages: ask.messages, tools: [] });
    expect(lastBody(server)).not.toHaveProperty("tools");
  });

  it("keeps arguments that are not a JSON object as rawArguments with empty arguments", async () => {
    const { model } = await modelFor([
      {
        toolCalls: [
          { id: "c1", name: "get_weather", arguments: '{"city": "Par' },
          { id: "c2", name: "get_weather", arguments: "[1, 2]" },
          { id: "c3", name: "now", arguments: "" },
        ],
      },
    ]);
    const response = await model.complete(ask);
    expect(response.toolCalls).toEqual([
      { id: "c1", name: "get_weather", arguments: {}, rawArguments: '{"city": "Par' },
      { id: "c2", name: "get_weather", arguments: {}, rawArguments: "[1, 2]" },
      { id: "c3", name: "now", arguments: {} },
    ]);
  });

  it("keeps the server's finish reason when it says length, and text beside calls", async () => {
    const { model } = await modelFor([
      { text: "Let me look.", finishReason: "length", toolCalls: [{ name: "now", arguments: {} }] },
      { text: "Done.", finishReason: "stop", toolCalls: [{ name: "now", arguments: {} }] },
    ]);
    const cut = await model.complete(ask);
    expect(cut).toMatchObject({ text: "Let me look.", finishReason: "length" });
    expect((await model.complete(ask)).finishReason).toBe("tool-calls");
  });

  it("sends earlier calls and their results in OpenAI's shape", async () => {
    const { server, model } = await modelFor([{ text: "Sunny." }]);
    await model.complete({
      tools: [weather],
      messages: [
        { role: "user", content: "Weather in Paris?" },
        {
          role: "assistant",
          content: "",
          toolCalls: [{ id: "call_1", name: "get_weather", arguments: { city: "Paris" } }],
        },
        { role: "tool", toolCallId: "call_1", content: '{"sky":"sunny"}' },
      ],
    });
    expect(lastBody(server).messages).toEqual([
      { role: "user", content: "Weather in Paris?" },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_1",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: '{"sky":"sunny"}' },
    ]);
  });

  it("assembles streamed tool-call pieces into the finish response", async () => {
    const { model } = await modelFor([
      {
        toolCalls: [
          { id: "s1", name: "get_weather", arguments: { city: "San Francisco, California" } },
          { id: "s2", name: "now", arguments: "{broken" },
        ],
      },
    ]);
    const parts: CompletionStreamPart[] = [];
    for await (const part of model.stream(ask)) {
      parts.push(part);
    }
    const last = parts.at(-1);
    expect(last?.type).toBe("finish");
    expect(last?.type === "finish" ? last.response : undefined).toMatchObject({
      text: "",
      finishReason: "tool-calls",
      toolCalls: [
        { id: "s1", name: "get_weather", arguments: { city: "San Francisco, California" } },
        { id: "s2", name: "now", arguments: {}, rawArguments: "{broken" },
      ],
    });
  });

  it("rejects a tool choice that names no given tool before sending anything", async () => {
    const { server, model } = await modelFor([]);
    await expect(model.complete({ ...ask, toolChoice: { name: "missing" } })).rejects.toThrow(
      /not among request.tools/,
    );
    await expect(model.complete({ messages: ask.messages, toolChoice: "required" })).rejects.toThrow(
      TypeError,
    );
    expect(server.requests).toHaveLength(0);
  });
});
