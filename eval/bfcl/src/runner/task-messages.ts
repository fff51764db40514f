import type { BfclTask, ChatMessage } from "@apigen/core";

/** A single-turn task's own messages: the whole turn when BFCL gave more, else its system prompt and query. */
export function taskMessages(task: BfclTask): ChatMessage[] {
  if (task.messages !== undefined) {
    return task.messages.map(({ role, content }) => ({ role, content }));
  }
  return [
    ...(task.system === undefined ? [] : [{ role: "system" as const, content: task.system }]),
    { role: "user", content: task.query },
  ];
}
