export {
  type CallExtras,
  type ChatExtension,
  callExtrasSchema,
  chatExtensionSchema,
  type ExecutionEntry,
  executionEntrySchema,
  type ToolExtras,
  toolExtrasSchema,
} from "./chat-extension.js";
export { decodeToolOutput, encodeToolOutput } from "./encode-tool-output.js";
export { type ExampleToOpenAiChatOptions, exampleToOpenAiChat } from "./example-to-open-ai-chat.js";
export { type OpenAiChatToExampleOptions, openAiChatToExample } from "./open-ai-chat-to-example.js";
export { type OpenAiToolToToolOptions, openAiToolToTool } from "./open-ai-tool-to-tool.js";
export {
  type OpenAiAssistantMessage,
  type OpenAiChat,
  type OpenAiFunction,
  type OpenAiMessage,
  type OpenAiSystemMessage,
  type OpenAiTool,
  type OpenAiToolCall,
  type OpenAiToolMessage,
  type OpenAiUserMessage,
  openAiAssistantMessageSchema,
  openAiChatSchema,
  openAiFunctionSchema,
  openAiMessageSchema,
  openAiStrictKeyword,
  openAiSystemMessageSchema,
  openAiToolCallSchema,
  openAiToolMessageSchema,
  openAiToolSchema,
  openAiUserMessageSchema,
} from "./openai-api.js";
export { toolToOpenAiFunction, toolToOpenAiTool } from "./tool-to-open-ai-tool.js";
