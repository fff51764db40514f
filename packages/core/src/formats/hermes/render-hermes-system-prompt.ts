import type { JsonValue } from "../../json/json-value.js";
import { type StringifyJsonOptions, stringifyJson } from "../../json/stringify-json.js";
import type { Tool } from "../../schemas/tool.js";
import { toolToOpenAiTool } from "../openai/tool-to-open-ai-tool.js";

/** Options of {@link renderHermesSystemPrompt}. */
export interface RenderHermesSystemPromptOptions {
  /**
   * How the tool list is written; `"python"` (`", "` and `": "`) is how Hermes data sets write JSON.
   * @default "python"
   */
  jsonStyle?: StringifyJsonOptions["style"];
}

/**
 * apigen's Hermes system prompt: what the assistant may do, the tools as a JSON list of OpenAI tools
 * between `<tools>` and `</tools>`, and how to write a call in `<tool_call>` tags.
 *
 * @example
 * renderHermesSystemPrompt(example.tools)
 */
export function renderHermesSystemPrompt(
  tools: Tool[],
  { jsonStyle = "python" }: RenderHermesSystemPromptOptions = {},
): string {
  const list = stringifyJson(tools.map(toolToOpenAiTool) as JsonValue, { style: jsonStyle }).replaceAll(
    "</tools>",
    "<\\/tools>",
  );
  return [
    "You are a function-calling assistant. You may call one or more of the functions below to serve the user's request.",
    "They are listed as a JSON array of OpenAI tools in the tools block:",
    `<tools>\n${list}\n</tools>`,
    "To call a function, answer with one block per call, each holding a JSON object with the function's name and an object of its arguments:",
    '<tool_call>\n{"name": "<function name>", "arguments": {"<argument>": <value>}}\n</tool_call>',
    "Use only values the user gave or that follow from the request. If a required value is missing, ask for it instead of calling; if no function fits, say so in plain words.",
  ].join("\n");
}
