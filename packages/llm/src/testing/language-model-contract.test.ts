import { wrapLanguageModel } from "../middleware/wrap-language-model.js";
import { createOpenAiCompatibleModel } from "../openai-compatible/create-open-ai-compatible-model.js";
import { describeLanguageModelContract } from "./__fixtures__/describe-language-model-contract.js";
import { createFakeLanguageModel } from "./create-fake-language-model.js";
import { startOpenAiCompatibleServer } from "./start-open-ai-compatible-server.js";

describeLanguageModelContract("createOpenAiCompatibleModel against the loopback server", async () => {
  const server = await startOpenAiCompatibleServer({
    script: () => ({ json: { answer: 42, unit: "none" } }),
  });
  return {
    model: createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model" }),
    close: server.close,
  };
});

describeLanguageModelContract("createFakeLanguageModel", async () => ({
  model: createFakeLanguageModel({ respond: () => ({ json: { answer: 42 } }) }),
}));

describeLanguageModelContract("wrapLanguageModel around the OpenAI-compatible model", async () => {
  const server = await startOpenAiCompatibleServer({ script: () => ({ json: { answer: 42 } }) });
  const model = wrapLanguageModel(createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model" }), {
    concurrency: 2,
    requestsPerMinute: 6000,
  });
  return { model, close: server.close };
});
