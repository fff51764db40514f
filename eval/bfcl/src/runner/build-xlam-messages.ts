import type { BfclTask, ChatMessage, JsonObject, Tool } from "@apigen/core";
import { stringifyJson } from "@apigen/core";
import { taskMessages } from "./task-messages.js";

/** A tool as the xLAM prompt lists it: `parameters` is the properties map, required ones marked. */
function xlamPromptTool(tool: Tool): JsonObject {
  const required = new Set(tool.parameters.required ?? []);
  const parameters: JsonObject = {};
  for (const [name, schema] of Object.entries(tool.parameters.properties ?? {})) {
    const property = { ...(schema as JsonObject) };
    if (required.has(name)) {
      property.required = true;
    }
    parameters[name] = property;
  }
  return { name: tool.name, description: tool.description, parameters };
}

/**
 * The messages of xLAM mode: a short system line and one user turn with the task instruction, the available
 * tools as JSON, the format instruction (`{"tool_calls": [...]}`, an empty list when no call fits) and the query,
 * as the xLAM function-calling models were trained on.
 */
export function buildXlamMessages({
  task,
  tools = task.tools,
}: {
  task: BfclTask;
  /**
   * The tools to list.
   * @default task.tools
   */
  tools?: readonly Tool[];
}): ChatMessage[] {
  const turn = taskMessages(task);
  const context = turn
    .filter((message) => message.role === "system")
    .map((message) => message.content)
    .join("\n");
  const toolsText = stringifyJson(tools.map(xlamPromptTool));
  const user = [
    "### Instruction:",
    "[BEGIN OF TASK INSTRUCTION]",
    "You are an expert in composing functions. You are given a question and a set of possible functions.",
    "Based on the question, you will need to make one or more function calls to achieve the purpose.",
    "If none of the functions can be used, point it out and refuse to answer.",
    "If the given question lacks the parameters required by the function, also point it out.",
    ...(context === "" ? [] : [context]),
    "[END OF TASK INSTRUCTION]",
    "",
    "[BEGIN OF AVAILABLE TOOLS]",
    toolsText,
    "[END OF AVAILABLE TOOLS]",
    "",
    "[BEGIN OF FORMAT INSTRUCTION]",
    "Your output must be only JSON of this form, with arguments of the right types:",
    '{"tool_calls": [{"name": "func_name1", "arguments": {"argument1": "value1", "argument2": "value2"}}]}',
    'If no function call is needed, answer {"tool_calls": []}.',
    "[END OF FORMAT INSTRUCTION]",
    "",
    "[BEGIN OF QUERY]",
    task.query,
    "[END OF QUERY]",
    "",
    "### Response:",
  ].join("\n");
  return [
    {
      role: "system",
      content:
        "You are an AI assistant for function calling. Answer with tool calls in the requested format.",
    },
    { role: "user", content: user },
  ];
}
