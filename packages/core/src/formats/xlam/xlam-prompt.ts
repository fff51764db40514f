import type { JsonObject } from "../../json/json-value.js";
import { stringifyJson } from "../../json/stringify-json.js";
import type { Tool } from "../../schemas/tool.js";

/** The system line of xLAM function-calling prompts. */
export const xlamPromptSystemLine =
  "You are an AI assistant that composes function calls. You answer only with the JSON the instruction asks for.";

const taskInstruction = [
  "You are an expert in composing functions. You are given a question and a set of possible functions.",
  "Based on the question, make one or more function calls to achieve the purpose.",
  "If none of the functions can be used, point it out and refuse to answer.",
  "If the question lacks the parameters a function requires, point that out as well.",
].join("\n");

const formatInstruction = [
  'Answer only with JSON of the form {"tool_calls": [{"name": "func_name1", "arguments": {"argument1": "value1", "argument2": "value2"}}, ... (more calls as needed)]}.',
  "Give every argument the type its parameter asks for, as a JSON value.",
  'When no call is needed or possible, answer {"tool_calls": []}, adding "response" with a short statement or question for the user when there is something to say, e.g. {"tool_calls": [], "response": "Which city do you mean?"}.',
].join("\n");

/**
 * A tool as xLAM prompts list it: `{name, description, parameters}` where `parameters` is the JSON-Schema
 * `properties` map (the `type: object` wrapper dropped) and each required property carries `"required": true`.
 */
export function xlamPromptTool(tool: Tool): JsonObject {
  const required = new Set(tool.parameters.required ?? []);
  const parameters: JsonObject = {};
  for (const [name, schema] of Object.entries(tool.parameters.properties ?? {})) {
    parameters[name] = required.has(name)
      ? { ...(schema as JsonObject), required: true }
      : (schema as JsonObject);
  }
  return { name: tool.name, description: tool.description, parameters };
}

/**
 * The user turn of an xLAM (v1) function-calling prompt: the four marked blocks (task instruction, available
 * tools as JSON, format instruction, query). The trainer renders training rows with it and the BFCL runner asks
 * models with it, so a model is scored on exactly the prompt it was trained on. `context` (e.g. a benchmark's
 * system prompt) goes at the end of the task instruction.
 *
 * @example
 * renderXlamPrompt({ tools, query: "Is 97 prime?" }); // "[BEGIN OF TASK INSTRUCTION]\n..."
 */
export function renderXlamPrompt({
  tools,
  query,
  context,
}: {
  tools: readonly Tool[];
  query: string;
  context?: string | undefined;
}): string {
  const task = context === undefined || context === "" ? taskInstruction : `${taskInstruction}\n${context}`;
  return [
    `[BEGIN OF TASK INSTRUCTION]\n${task}\n[END OF TASK INSTRUCTION]`,
    `[BEGIN OF AVAILABLE TOOLS]\n${stringifyJson(tools.map(xlamPromptTool))}\n[END OF AVAILABLE TOOLS]`,
    `[BEGIN OF FORMAT INSTRUCTION]\n${formatInstruction}\n[END OF FORMAT INSTRUCTION]`,
    `[BEGIN OF QUERY]\n${query}\n[END OF QUERY]`,
  ].join("\n\n");
}
