import { describe, expect, it } from "vitest";
import { createChatChunkAccumulator } from "./create-chat-chunk-accumulator.js";
import type { ApiChatCompletion } from "./open-ai-compatible-api.js";

const chunk = (fields: Partial<ApiChatCompletion>): ApiChatCompletion => ({
  id: undefined,
  content: undefined,
  toolCalls: undefined,
  finishReason: undefined,
  usage: undefined,
  ...fields,
});

describe("createChatChunkAccumulator", () => {
  it("joins text and tool-call pieces and keeps the first id, finish reason and usage", () => {
    const accumulator = createChatChunkAccumulator();
    expect(accumulator.add(chunk({ id: "a", content: "Hel" }))).toBe("Hel");
    expect(
      accumulator.add(
        chunk({ id: "b", content: "lo", toolCalls: [{ index: 0, id: "c1", name: "f", arguments: '{"x":' }] }),
      ),
    ).toBe("lo");
    expect(
      accumulator.add(chunk({ toolCalls: [{ index: 0, id: undefined, name: undefined, arguments: "1}" }] })),
    ).toBe("");
    accumulator.add(chunk({ finishReason: "tool_calls", usage: { promptTokens: 3, completionTokens: 4 } }));
    accumulator.add(chunk({ finishReason: "stop", usage: { promptTokens: 9, completionTokens: 9 } }));
    expect(accumulator.completion).toEqual({
      id: "a",
      content: "Hello",
      toolCalls: [{ index: 0, id: "c1", name: "f", arguments: '{"x":1}' }],
      finishReason: "tool_calls",
      usage: { promptTokens: 3, completionTokens: 4 },
    });
  });

  it("starts empty, with no finish reason", () => {
    expect(createChatChunkAccumulator().completion).toEqual({
      id: undefined,
      content: "",
      toolCalls: undefined,
      finishReason: undefined,
      usage: undefined,
    });
  });
});
