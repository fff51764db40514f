import type { BfclTask, ChatMessage, Tool } from "@apigen/core";
import { renderXlamPrompt, xlamPromptSystemLine } from "@apigen/core";
import { taskMessages } from "./task-messages.js";

/**
 * The messages of xLAM mode: the xLAM system line and one user turn with the four marked blocks (task
 * instruction, the available tools as JSON, the format instruction `{"tool_calls": [...]}` with an empty list when
 * no call fits, and the query), rendered by core's `renderXlamPrompt`: the same prompt the trainer renders
 * training rows with, so a model trained by apigen is scored on the prompt it learned. The server's chat template
 * adds the model's own turn markers.
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
  const context = taskMessages(task)
    .filter((message) => message.role === "system")
    .map((message) => message.content)
    .join("\n");
  return [
    { role: "system", content: xlamPromptSystemLine },
    { role: "user", content: renderXlamPrompt({ tools, query: task.query, context }) },
  ];
}
