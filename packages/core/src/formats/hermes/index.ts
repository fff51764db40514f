export { type ExampleToHermesOptions, exampleToHermes } from "./example-to-hermes.js";
export {
  type HermesFrom,
  type HermesLayout,
  type HermesMessage,
  type HermesMessagesRecord,
  type HermesRecord,
  type HermesRecordOf,
  type HermesRole,
  type HermesShareGptRecord,
  type HermesToolCall,
  type HermesToolResponse,
  type HermesTurn,
  hermesFromSchema,
  hermesMessageSchema,
  hermesMessagesRecordSchema,
  hermesRoleSchema,
  hermesShareGptRecordSchema,
  hermesToolCallSchema,
  hermesToolResponseSchema,
  hermesTurnSchema,
} from "./hermes-api.js";
export { type HermesToExampleOptions, hermesToExample } from "./hermes-to-example.js";
export { type HermesSystemPrompt, readHermesSystemPrompt } from "./read-hermes-system-prompt.js";
export {
  type RenderHermesSystemPromptOptions,
  renderHermesSystemPrompt,
} from "./render-hermes-system-prompt.js";
