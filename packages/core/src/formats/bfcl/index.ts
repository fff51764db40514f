export {
  type BfclAnswer,
  type BfclExpectedCalls,
  bfclAnswerToExpectedCalls,
  bfclExpectedCallsSchema,
  expectedCallsToBfclAnswer,
} from "./bfcl-answer.js";
export { bfclFormat } from "./bfcl-format.js";
export {
  type BfclFunction,
  type BfclFunctionToToolOptions,
  bfclFunctionSchema,
  bfclFunctionToTool,
  type ToolToBfclFunctionOptions,
  toolToBfclFunction,
} from "./bfcl-function.js";
export {
  type BfclQuestion,
  type BfclQuestionOptions,
  bfclQuestionSchema,
  bfclQuestionToTask,
  bfclTaskToQuestion,
} from "./bfcl-question.js";
export { type BfclSchema, bfclSchemaSchema } from "./bfcl-schema.js";
export { bfclSchemaToJsonSchema } from "./bfcl-schema-to-json-schema.js";
export { type BfclMessage, type BfclTask, bfclMessageSchema, bfclTaskSchema } from "./bfcl-task.js";
export { type BfclToolExtension, bfclToolExtensionSchema } from "./bfcl-tool-extension.js";
export { jsonSchemaToBfclSchema } from "./json-schema-to-bfcl-schema.js";
