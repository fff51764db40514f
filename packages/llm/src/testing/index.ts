export {
  type CreateTinyLlamaGgufOptions,
  createTinyLlamaGguf,
  type GgufScalarType,
  type GgufTensor,
  type GgufValue,
  type WriteGgufOptions,
  writeGguf,
} from "../llama-cpp/testing/index.js";
export {
  type CreateFakeLanguageModelOptions,
  createFakeLanguageModel,
  type FakeLanguageModel,
  type FakeResponse,
} from "./create-fake-language-model.js";
export type {
  ApiFinishReason,
  LoggedRequest,
  ServerScript,
  ServerStep,
  ServerToolCall,
  ServerUsage,
} from "./server-step.js";
export {
  type OpenAiCompatibleServer,
  type StartOpenAiCompatibleServerOptions,
  startOpenAiCompatibleServer,
} from "./start-open-ai-compatible-server.js";
