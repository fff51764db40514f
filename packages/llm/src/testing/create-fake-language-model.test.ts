import { describe, expect, it } from "vitest";
import { createFakeLanguageModel } from "./create-fake-language-model.js";

const ask = { messages: [{ role: "user" as const, content: "Give me JSON" }] };

describe("createFakeLanguageModel", () => {
  it("answers in order, records requests, and parses JSON when a format was asked for", async () => {
    const model = createFakeLanguageModel({
      responses: [
        "plain",
        { json: { a: 1 } },
        { text: '{"b": 2}', usage: { inputTokens: 1, outputTokens: 2 } },
      ],
    });
    expect(await model.complete(ask)).toMatchObject({ text: "plain", finishReason: "stop" });
    expect(await model.complete(ask)).toMatchObject({ text: '{"a":1}', json: { a: 1 } });
    const third = await model.complete({ ...ask, responseFormat: { name: "b", schema: { type: "object" } } });
    expect(third).toMatchObject({ json: { b: 2 }, usage: { inputTokens: 1, outputTokens: 2 } });
    expect(model.requests).toHaveLength(3);
    expect(model.requests[2]?.responseFormat?.name).toBe("b");
    await expect(model.complete(ask)).rejects.toThrow(/no response for call #4 \(it was given 3\)/);
  });

  it("throws scripted errors and answers from a function", async () => {
    const failing = createFakeLanguageModel({ responses: [{ error: new RangeError("scripted") }] });
    await expect(failing.complete(ask)).rejects.toThrow(RangeError);
    const echo = createFakeLanguageModel({
      modelId: "echo",
      respond: (request, index) => `${index}:${request.messages[0]?.content}`,
    });
    expect((await echo.complete(ask)).text).toBe("0:Give me JSON");
    expect(echo.modelId).toBe("echo");
  });

  it("streams its answer and reports errors as a part", async () => {
    const model = createFakeLanguageModel({
      responses: ["a long enough answer to split", { error: new Error("down") }],
    });
    const parts = [];
    for await (const part of model.stream(ask)) {
      parts.push(part);
    }
    expect(
      parts
        .filter((part) => part.type === "text-delta")
        .map((part) => part.delta)
        .join(""),
    ).toBe("a long enough answer to split");
    expect(parts.at(-1)?.type).toBe("finish");
    const failed = [];
    for await (const part of model.stream(ask)) {
      failed.push(part);
    }
    expect(failed).toEqual([{ type: "error", error: new Error("down") }]);
  });

  it("answers native tool calls, with an empty text and a tool-calls finish unless given", async () => {
    const call = { id: "call_1", name: "now", arguments: {} };
    const model = createFakeLanguageModel({
      responses: [
        { toolCalls: [call, { name: "now", arguments: {}, rawArguments: "{oops" }] },
        { toolCalls: [call], text: "thinking", finishReason: "length" },
      ],
    });
    expect(await model.complete(ask)).toMatchObject({
      text: "",
      finishReason: "tool-calls",
      toolCalls: [call, { name: "now", arguments: {}, rawArguments: "{oops" }],
    });
    expect(await model.complete(ask)).toMatchObject({ text: "thinking", finishReason: "length" });
  });
});
