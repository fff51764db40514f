import { type LanguageModel, safeParseJson, type Tool } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanguageModelError } from "../../errors/language-model-error.js";
import { isStreamingLanguageModel } from "../../interfaces/streaming-language-model.js";

/**
 * A model under test, answering JSON when a request has a `responseFormat` and (with native tool calling) a
 * call of the first tool, `{ "city": "Paris" }`, when it has `tools`; and how to let it go.
 */
export interface ContractSubject {
  model: LanguageModel;
  /**
   * Whether the model calls tools natively or rejects requests with `tools` with a `LanguageModelError`.
   * @default "native"
   */
  tools?: "native" | "rejected";
  close?: () => Promise<void>;
}

const finishReasons = ["stop", "length", "content-filter", "tool-calls", "error", "other"];
const weather: Tool = {
  name: "get_weather",
  description: "The weather in a city.",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
};
const request = {
  messages: [{ role: "user" as const, content: "Answer with a JSON object." }],
  responseFormat: { name: "answer", schema: { type: "object" } },
  maxTokens: 64,
};

/**
 * The behaviour every `LanguageModel` in this package shares: identity, response shape, JSON when asked,
 * aborts, and (for streaming models) streams that add up to their finish. Each adapter's tests call it with a
 * setup that builds the adapter against a real peer.
 */
export function describeLanguageModelContract(name: string, setup: () => Promise<ContractSubject>): void {
  describe(`${name} follows the LanguageModel contract`, () => {
    let subject: ContractSubject;
    beforeAll(async () => {
      subject = await setup();
    });
    afterAll(async () => {
      await subject.close?.();
    });

    it("names its provider and model", () => {
      expect(subject.model.provider).toMatch(/\S/);
      expect(subject.model.modelId).toMatch(/\S/);
    });

    it("answers with text, whole usage counts, a known finish reason and a latency", async () => {
      const response = await subject.model.complete(request);
      expect(typeof response.text).toBe("string");
      for (const count of [response.usage.inputTokens, response.usage.outputTokens]) {
        expect(Number.isInteger(count) && count >= 0).toBe(true);
      }
      expect(finishReasons).toContain(response.finishReason);
      expect(response.latencyMs).toBeGreaterThanOrEqual(0);
      expect(response.cached).not.toBe(true);
    });

    it("sets json to the parsed text when asked for JSON", async () => {
      const response = await subject.model.complete(request);
      const parsed = safeParseJson({ text: response.text });
      expect(parsed.success).toBe(true);
      expect(response.json).toEqual(parsed.success ? parsed.value : undefined);
    });

    it("calls tools natively with parsed arguments, or rejects tools with a LanguageModelError", async () => {
      const asked = subject.model.complete({
        messages: [{ role: "user", content: "Weather in Paris?" }],
        tools: [weather],
        toolChoice: "required",
      });
      if (subject.tools === "rejected") {
        const error = await asked.catch((caught: unknown) => caught);
        expect(LanguageModelError.isInstance(error)).toBe(true);
        return;
      }
      const response = await asked;
      expect(response.finishReason).toBe("tool-calls");
      expect(response.toolCalls?.map(({ name, arguments: args }) => ({ name, args }))).toEqual([
        { name: "get_weather", args: { city: "Paris" } },
      ]);
    });

    it("rejects a request whose signal is already aborted", async () => {
      const controller = new AbortController();
      controller.abort(new Error("aborted before the call"));
      await expect(subject.model.complete({ ...request, abortSignal: controller.signal })).rejects.toThrow(
        "aborted before the call",
      );
    });

    it("streams deltas that add up to the finish, ending with exactly one finish", async (context) => {
      const model = subject.model;
      if (!isStreamingLanguageModel(model)) {
        context.skip("this model does not stream");
        return;
      }
      const parts = [];
      for await (const part of model.stream(request)) {
        parts.push(part);
      }
      const last = parts.at(-1);
      expect(parts.filter((part) => part.type !== "text-delta")).toEqual([last]);
      expect(last?.type).toBe("finish");
      const text = parts.map((part) => (part.type === "text-delta" ? part.delta : "")).join("");
      expect(last?.type === "finish" ? last.response.text : undefined).toBe(text);
    });
  });
}
