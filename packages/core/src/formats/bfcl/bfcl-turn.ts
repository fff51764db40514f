import { conversionError } from "../shared/conversion-error.js";
import { bfclFormat } from "./bfcl-format.js";
import type { BfclMessage, BfclTask } from "./bfcl-task.js";

/** True for a turn that `system` and `query` alone describe: `[system?, user]`, each written `{role, content}`. */
export function isPlainTurn(turn: readonly BfclMessage[]): boolean {
  const roles = turn.map((message) => message.role).join(",");
  return (
    (roles === "user" || roles === "system,user") &&
    turn.every((message) => Object.keys(message).join(",") === "role,content")
  );
}

/** The turn of a task without `messages`: its system prompt, if any, and its query. */
export function plainTurn({ system, query }: BfclTask): BfclMessage[] {
  const user: BfclMessage = { role: "user", content: query };
  return system === undefined ? [user] : [{ role: "system", content: system }, user];
}

/**
 * A copy of `messages`, after checking that the task's `system` and `query` repeat its leading system message and
 * its last user message (a `ConversionError` names the field that disagrees).
 */
export function checkedTurn(task: BfclTask, messages: readonly BfclMessage[]): BfclMessage[] {
  const [first] = messages;
  const system = first?.role === "system" ? first.content : undefined;
  if (system !== task.system) {
    throw conversionError(
      { format: bfclFormat, row: task.id, field: "system" },
      "system must repeat the leading system message of messages",
    );
  }
  if (messages.findLast((message) => message.role === "user")?.content !== task.query) {
    throw conversionError(
      { format: bfclFormat, row: task.id, field: "query" },
      "query must repeat the last user message of messages",
    );
  }
  return messages.map((message) => ({ ...message }));
}
