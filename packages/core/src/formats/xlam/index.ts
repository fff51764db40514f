export { parsePythonLiteral } from "./python-literal.js";
export { type ParsedPythonType, parsePythonType, renderPythonType } from "./python-type.js";
export { type XlamExtensions, xlamExtensionsSchema } from "./xlam-extensions.js";
export { type XlamParameter, xlamParameterSchema } from "./xlam-parameter.js";
export { renderXlamPrompt, xlamPromptSystemLine, xlamPromptTool } from "./xlam-prompt.js";
export {
  type ExampleToXlamRowOptions,
  exampleToXlamRow,
  type XlamRow,
  type XlamRowToExampleOptions,
  xlamRowSchema,
  xlamRowToExample,
} from "./xlam-row.js";
export {
  type ToolToXlamToolOptions,
  toolToXlamTool,
  type XlamTool,
  type XlamToolToToolOptions,
  xlamToolSchema,
  xlamToolToTool,
} from "./xlam-tool.js";
