export type { StructuredOutputMode } from "./build-chat-request.js";
export {
  createOpenAiCompatibleModel,
  type OpenAiCompatibleModel,
} from "./create-open-ai-compatible-model.js";
export type { OpenAiCompatibleModelSettings } from "./open-ai-compatible-model-settings.js";
