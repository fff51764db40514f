export { ApigenError } from "./errors/apigen-error.js";
export { ConversionError } from "./errors/conversion-error.js";
export { JsonParseError } from "./errors/json-parse-error.js";
export {
  type BfclAnswer,
  type BfclExpectedCalls,
  type BfclFunction,
  type BfclFunctionToToolOptions,
  type BfclMessage,
  type BfclQuestion,
  type BfclQuestionOptions,
  type BfclSchema,
  type BfclTask,
  type BfclToolExtension,
  bfclAnswerToExpectedCalls,
  bfclExpectedCallsSchema,
  bfclFunctionSchema,
  bfclFunctionToTool,
  bfclMessageSchema,
  bfclQuestionSchema,
  bfclQuestionToTask,
  bfclSchemaSchema,
  bfclSchemaToJsonSchema,
  bfclTaskSchema,
  bfclTaskToQuestion,
  bfclToolExtensionSchema,
  expectedCallsToBfclAnswer,
  jsonSchemaToBfclSchema,
  type ToolToBfclFunctionOptions,
  toolToBfclFunction,
} from "./formats/bfcl/index.js";
export {
  type ExampleToHermesOptions,
  exampleToHermes,
  type HermesLayout,
  type HermesMessage,
  type HermesMessagesRecord,
  type HermesRecord,
  type HermesRecordOf,
  type HermesShareGptRecord,
  type HermesSystemPrompt,
  type HermesToExampleOptions,
  type HermesTurn,
  hermesMessagesRecordSchema,
  hermesShareGptRecordSchema,
  hermesToExample,
  type RenderHermesSystemPromptOptions,
  readHermesSystemPrompt,
  renderHermesSystemPrompt,
} from "./formats/hermes/index.js";
export {
  decodeToolOutput,
  type ExampleToOpenAiChatOptions,
  encodeToolOutput,
  exampleToOpenAiChat,
  type OpenAiAssistantMessage,
  type OpenAiChat,
  type OpenAiChatToExampleOptions,
  type OpenAiFunction,
  type OpenAiMessage,
  type OpenAiSystemMessage,
  type OpenAiTool,
  type OpenAiToolCall,
  type OpenAiToolMessage,
  type OpenAiToolToToolOptions,
  type OpenAiUserMessage,
  openAiChatSchema,
  openAiChatToExample,
  openAiMessageSchema,
  openAiStrictKeyword,
  openAiToolSchema,
  openAiToolToTool,
  toolToOpenAiFunction,
  toolToOpenAiTool,
} from "./formats/openai/index.js";
export {
  type ExampleToShareGptOptions,
  exampleToShareGpt,
  type ShareGptRecord,
  type ShareGptToExampleOptions,
  type ShareGptTurn,
  shareGptRecordSchema,
  shareGptToExample,
} from "./formats/sharegpt/index.js";
export {
  type ExampleToXlamRowOptions,
  exampleToXlamRow,
  type ParsedPythonType,
  parsePythonLiteral,
  parsePythonType,
  renderPythonType,
  renderXlamPrompt,
  type ToolToXlamToolOptions,
  toolToXlamTool,
  type XlamRow,
  type XlamRowToExampleOptions,
  type XlamTool,
  type XlamToolToToolOptions,
  xlamPromptSystemLine,
  xlamPromptTool,
  xlamRowSchema,
  xlamRowToExample,
  xlamToolSchema,
  xlamToolToTool,
} from "./formats/xlam/index.js";
export type {
  ChatMessage,
  CompletionRequest,
  CompletionResponse,
  CompletionUsage,
  LanguageModel,
} from "./interfaces/language-model.js";
export type { ExecuteOptions, ExecutionOutcome, ToolExecutor } from "./interfaces/tool-executor.js";
export { jsonEqual } from "./json/json-equal.js";
export { JsonFloat } from "./json/json-float.js";
export {
  isJsonFloat,
  isJsonInteger,
  isJsonObject,
  type JsonObject,
  type JsonPrimitive,
  type JsonValue,
  jsonNumberValue,
  jsonObjectSchema,
  jsonValueSchema,
} from "./json/json-value.js";
export { type ParseJsonOptions, parseJson } from "./json/parse-json.js";
export { type SafeParseJsonOptions, safeParseJson } from "./json/safe-parse-json.js";
export { setOwnKey } from "./json/set-own-key.js";
export { pythonFloatRepr, type StringifyJsonOptions, stringifyJson } from "./json/stringify-json.js";
export { toPlainJson } from "./json/to-plain-json.js";
export { createJsonlWriter, type JsonlWriter, type JsonlWriterOptions } from "./jsonl/create-jsonl-writer.js";
export { type JsonlRecord, type ReadJsonlOptions, readJsonl } from "./jsonl/read-jsonl.js";
export { writeJsonl } from "./jsonl/write-jsonl.js";
export {
  acquireFileLock,
  type FileLock,
  isProcessAlive,
  isProcessGroupAlive,
  type LockHeld,
  type LockHolder,
  readLiveLockHolder,
} from "./lock/index.js";
export { createRandom, type Random, type RandomSeed } from "./random/create-random.js";
export type { Result } from "./result.js";
export {
  type FunnelCounts,
  funnelCountsSchema,
  type ModelRef,
  type ModelUsage,
  modelRefSchema,
  modelUsageSchema,
  type RunConfig,
  type RunConfigInput,
  type RunStats,
  readRunExamples,
  readRunStats,
  runConfigSchema,
  runFiles,
  runStatsSchema,
} from "./run/index.js";
export {
  type ApigenCategory,
  apigenCategories,
  apigenCategorySchema,
  apigenCategoryShares,
} from "./schemas/apigen-categories.js";
export {
  type Example,
  exampleSchema,
  inferQueryStyle,
  type Provenance,
  provenanceSchema,
  type QueryStyle,
  queryStyleSchema,
  queryStyles,
} from "./schemas/example.js";
export {
  type ExecutionRecord,
  type ExecutionStatus,
  executionRecordSchema,
  executionStatuses,
  executionStatusSchema,
} from "./schemas/execution-record.js";
export { type ExpectedCall, expectedCallSchema } from "./schemas/expected-call.js";
export {
  type JsonSchema,
  jsonSchemaSchema,
  type ObjectSchema,
  objectSchemaSchema,
} from "./schemas/json-schema.js";
export {
  type StageVerdict,
  stageVerdictSchema,
  type VerificationStage,
  verificationStageSchema,
  verificationStages,
} from "./schemas/stage-verdict.js";
export { type Tool, type ToolSource, toolSchema, toolSourceSchema } from "./schemas/tool.js";
export { type ToolCall, toolCallSchema } from "./schemas/tool-call.js";
export { normalizeQuery } from "./text/normalize-query.js";
export { redactedText, redactSecrets } from "./text/redact-secrets.js";
