import type { BfclFunction, BfclTask, ChatMessage } from "@apigen/core";
import { stringifyJson } from "@apigen/core";
import { taskMessages } from "./task-messages.js";

/**
 * The system prompt of prompt mode: the functions as JSON and the answer format, a Python list of calls with
 * keyword arguments, or nothing at all when no function fits.
 */
export function promptModeSystemPrompt(docs: readonly BfclFunction[]): string {
  return [
    "You can call functions to answer the user's request. The functions available to you are described by this",
    "JSON list (name, description and parameters of each):",
    "",
    stringifyJson(docs, { indent: 2 }),
    "",
    "Answer with the calls that fulfil the request and nothing else: one Python list of calls, every argument",
    'written as a keyword argument, e.g. [get_weather(city="Paris", unit="celsius"), get_time(zone="CET")].',
    "Use exactly the function and parameter names above, and values of the declared types. Put several calls",
    "in the list when the request needs several. If none of the functions fits the request, or a required",
    "argument cannot be taken from it, answer with an empty reply (no call at all).",
  ].join("\n");
}

/**
 * The messages of prompt mode: our system prompt (joined before the entry's own system prompt, where it has
 * one), then the entry's turn.
 */
export function buildPromptMessages({
  task,
  docs,
}: {
  task: BfclTask;
  docs: readonly BfclFunction[];
}): ChatMessage[] {
  const messages = taskMessages(task);
  const prompt = promptModeSystemPrompt(docs);
  const [first, ...rest] = messages;
  if (first?.role === "system") {
    return [{ role: "system", content: `${prompt}\n\n${first.content}` }, ...rest];
  }
  return [{ role: "system", content: prompt }, ...messages];
}
