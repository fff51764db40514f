import { isJsonObject, type JsonValue } from "@apigen/core";
import { createHuggingFaceModel } from "../huggingface/create-hugging-face-model.js";
import { wrapLanguageModel } from "../middleware/wrap-language-model.js";
import { createOpenAiCompatibleModel } from "../openai-compatible/create-open-ai-compatible-model.js";
import { describeLanguageModelContract } from "./__fixtures__/describe-language-model-contract.js";
import { createFakeLanguageModel } from "./create-fake-language-model.js";
import type { ServerScript } from "./server-step.js";
import { startOpenAiCompatibleServer } from "./start-open-ai-compatible-server.js";

/** Answers a call of the first tool when the request has tools, else the given JSON. */
function answering(json: JsonValue): ServerScript {
  return (request) =>
    isJsonObject(request.body) && Array.isArray(request.body.tools)
      ? { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] }
      : { json };
}

describeLanguageModelContract("createOpenAiCompatibleModel against the loopback server", async () => {
  const server = await startOpenAiCompatibleServer({ script: answering({ answer: 42, unit: "none" }) });
  return {
    model: createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model" }),
    close: server.close,
  };
});

describeLanguageModelContract("createFakeLanguageModel", async () => ({
  model: createFakeLanguageModel({
    respond: (request) =>
      request.tools === undefined
        ? { json: { answer: 42 } }
        : { toolCalls: [{ id: "call_1", name: "get_weather", arguments: { city: "Paris" } }] },
  }),
}));

describeLanguageModelContract("wrapLanguageModel around the OpenAI-compatible model", async () => {
  const server = await startOpenAiCompatibleServer({ script: answering({ answer: 42 }) });
  const model = wrapLanguageModel(createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model" }), {
    concurrency: 2,
    requestsPerMinute: 6000,
  });
  return { model, close: server.close };
});

describeLanguageModelContract("createHuggingFaceModel against the loopback server", async () => {
  const server = await startOpenAiCompatibleServer({ script: answering({ answer: 42 }) });
  const model = createHuggingFaceModel({
    model: "test-model",
    endpointUrl: server.url,
    accessToken: "hf_contractTestToken",
  });
  return { model, close: server.close };
});
