import { type ChatMessage, type ExecutionRecord, stringifyJson, type Tool } from "@apigen/core";
import type { Candidate } from "../candidate.js";
import type { GroundingReport } from "../grounding/check-grounding.js";

/** Options of {@link renderJudgePrompt}. */
export interface RenderJudgePromptOptions {
  candidate: Candidate;
  /** Every tool the generator was offered, not only those called. */
  tools: readonly Tool[];
  /** What stage 2 kept of each call's execution. */
  records: readonly ExecutionRecord[];
  /** The grounding findings, when the check ran. */
  grounding?: GroundingReport | undefined;
}

const instructions = `You review training data for a function-calling model. Each item is a user request and the
function calls proposed to fulfil it, together with what those calls returned when they were executed. Decide
whether the item is a correct, useful example.

Answer "no" if any of these holds:
- The calls, taken together, do not accomplish what the user asked for, or do something the user did not ask.
- An argument value is wrong, invented, or does not match what the user said (a city, a number, a date, a name).
- A better-suited function among those available was ignored, or a function was used for a purpose it does not serve.
- The number of calls differs from the number of distinct requests in the query (one call per request; a request
  left without a call, or duplicated or superfluous calls, both fail).
- A result shows an error, or is unrelated to what the function is meant to return.

An item may also propose no call at all, with a reply to the user instead. Such an item passes only if the reply
is right to call nothing: either none of the available functions can do what the user asked (and the reply says
so, without pretending to do it), or the request leaves out a value a function needs and cannot be guessed (and
the reply asks for exactly that value). It fails if a function could have served the request as asked.

Do not fail an item only because a result was cut short (marked truncated), or because a function looks like a
placeholder or returns sample data, as long as its result fits its purpose. Automatic grounding findings, when
given, list argument values that were not found in the query's wording; weigh them, since some values can be
legitimately inferred.

Reply with a JSON object and nothing else: {"thought": "<your reasoning, step by step>", "pass": "yes" or "no"}.`;

function renderTools(tools: readonly Tool[]): string {
  return tools
    .map((tool) => `- ${tool.name}: ${tool.description}\n  parameters: ${stringifyJson(tool.parameters)}`)
    .join("\n");
}

function renderResult(record: ExecutionRecord | undefined): string {
  if (record === undefined) {
    return "not executed";
  }
  const output = record.output === undefined ? "" : stringifyJson(record.output);
  const status =
    record.status === "ok"
      ? "ok"
      : `${record.status}${record.message === undefined ? "" : `: ${record.message}`}`;
  const truncated = record.truncated === true ? " [truncated]" : "";
  return output === "" ? `${status}${truncated}` : `${status}${truncated}\n   ${output}`;
}

function renderCalls(candidate: Candidate, records: readonly ExecutionRecord[]): string {
  if (candidate.answers.length === 0) {
    return "(no calls)";
  }
  return candidate.answers
    .map((call, index) => {
      const record = records.find((entry) => entry.call === index);
      return `${index + 1}. ${call.name}(${stringifyJson(call.arguments)})\n   result: ${renderResult(record)}`;
    })
    .join("\n");
}

function renderGrounding(grounding: GroundingReport | undefined): string | undefined {
  if (grounding === undefined) {
    return undefined;
  }
  if (grounding.ungrounded.length === 0) {
    return "Every literal argument value was found in the query.";
  }
  const lines = grounding.ungrounded.map(
    (finding) =>
      `- ${finding.path} (${finding.tool}) = ${stringifyJson(finding.value)}: not found in the query`,
  );
  return lines.join("\n");
}

/**
 * The judge's messages: instructions (system), then the tools offered, the query, each call with its execution
 * result (truncated results marked), and the grounding findings when there are some.
 */
export function renderJudgePrompt({
  candidate,
  tools,
  records,
  grounding,
}: RenderJudgePromptOptions): ChatMessage[] {
  const findings = renderGrounding(grounding);
  const sections = [
    `## Available functions\n${renderTools(tools)}`,
    `## Query\n${candidate.query}`,
    `## Calls and execution results\n${renderCalls(candidate, records)}`,
    ...(candidate.response === undefined ? [] : [`## Reply to the user\n${candidate.response}`]),
    ...(findings === undefined ? [] : [`## Grounding findings\n${findings}`]),
    'Does this item pass? Answer with {"thought": ..., "pass": "yes" | "no"}.',
  ];
  return [
    { role: "system", content: instructions },
    { role: "user", content: sections.join("\n\n") },
  ];
}
