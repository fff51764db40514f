import { afterAll, describe, expect, it } from "vitest";
import {
  type OpenAiCompatibleServer,
  startOpenAiCompatibleServer,
} from "./start-open-ai-compatible-server.js";

const servers: OpenAiCompatibleServer[] = [];
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
});
