import { parseJson } from "@apigen/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  type OpenAiCompatibleServer,
  startOpenAiCompatibleServer,
} from "./start-open-ai-compatible-server.js";

const servers: OpenAiCompatibleServer[] = [];

interface StreamedChoice {
  delta: { tool_calls?: { index: number; function: { arguments: string } }[] };
  finish_reason: string | null;
}
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const post = (server: OpenAiCompatibleServer, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

describe("startOpenAiCompatibleServer", () => {
  it("answers from its script and logs requests with secrets redacted", async () => {
    const server = await startOpenAiCompatibleServer({ script: [{ text: "hello" }] });
    servers.push(server);
    const response = await post(
      server,
      '{"model": "test-model", "messages": [{"role": "user", "content": "hi"}]}',
      {
        authorization: "Bearer sk-never-logged",
        "x-api-key": "sk-never-logged",
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_test_1");
    expect(await response.json()).toMatchObject({
      object: "chat.completion",
      choices: [{ message: { role: "assistant", content: "hello" }, finish_reason: "stop" }],
      usage: { prompt_tokens: 1, completion_tokens: 2 },
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/chat/completions",
      headers: { authorization: "REDACTED", "x-api-key": "REDACTED" },
      body: { model: "test-model" },
    });
    expect(JSON.stringify(server.requests)).not.toContain("sk-never-logged");
  });

  it("says when its script has run out, and rejects bodies and paths it does not know", async () => {
    const server = await startOpenAiCompatibleServer({ script: [] });
    servers.push(server);
    const exhausted = await post(server, '{"model": "test-model", "messages": []}');
    expect(exhausted.status).toBe(500);
    expect(await exhausted.text()).toContain("no step for chat request #1 (it has 0)");
    expect((await post(server, "{not json")).status).toBe(400);
    expect((await fetch(`${server.url}/embeddings`)).status).toBe(404);
    expect(server.requests[1]?.body).toBe("{not json");
  });

  it("waits the configured latency before answering", async () => {
    const server = await startOpenAiCompatibleServer({ script: () => ({ text: "late" }), latencyMs: 120 });
    servers.push(server);
    const started = performance.now();
    await post(server, '{"model": "test-model", "messages": []}');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("answers tool-call steps in OpenAI's shape, plain and streamed, and logs the tools sent", async () => {
    const step = {
      toolCalls: [
        { id: "call_w", name: "get_weather", arguments: { city: "Paris" } },
        { name: "now", arguments: '{"broken": ' },
      ],
    };
    const server = await startOpenAiCompatibleServer({ script: [step, step] });
    servers.push(server);
    const tools = [{ type: "function", function: { name: "get_weather" } }];
    const body = { model: "test-model", messages: [], tools, tool_choice: "auto" };
    const plain = await post(server, JSON.stringify(body));
    expect(await plain.json()).toMatchObject({
      choices: [
        {
          message: {
            role: "assistant",
            content: null,
            tool_calls: [
              {
                id: "call_w",
                type: "function",
                function: { name: "get_weather", arguments: '{"city":"Paris"}' },
              },
              {
                id: "call_req_test_1_1",
                type: "function",
                function: { name: "now", arguments: '{"broken": ' },
              },
            ],
          },
          finish_reason: "tool_calls",
        },
      ],
    });
    expect(server.requests[0]?.body).toMatchObject({ tools, tool_choice: "auto" });
    const streamed = await (await post(server, JSON.stringify({ ...body, stream: true }))).text();
    const deltas = streamed
      .split("\n\n")
      .filter((event) => event.startsWith("data: {"))
      .map(
        (event) =>
          (parseJson(event.slice(6)) as unknown as { choices: StreamedChoice[] })
            .choices[0] as StreamedChoice,
      );
    expect(deltas[1]?.delta.tool_calls).toEqual([
      { index: 0, id: "call_w", type: "function", function: { name: "get_weather", arguments: "" } },
    ]);
    const argumentsOf = (index: number) =>
      deltas
        .flatMap((choice) => choice.delta.tool_calls ?? [])
        .filter((piece) => piece.index === index)
        .map((piece) => piece.function.arguments)
        .join("");
    expect([argumentsOf(0), argumentsOf(1)]).toEqual(['{"city":"Paris"}', '{"broken": ']);
    expect(deltas.at(-1)?.finish_reason).toBe("tool_calls");
  });
});
