import type { QueryStyle } from "@apigen/core";
import type { PromptFraming } from "./prompt-template.js";

/** What the system message says, whatever the style. */
export const systemText = [
  "You write training data for assistants that call functions.",
  "You are given tools described with JSON Schema. You invent requests that real users could send to an",
  "assistant, and pair each request with the exact function calls (or the reply) that correctly serve it.",
  "A program reads your answer: reply with one JSON object and nothing else. No prose before or after it,",
  "no Markdown code fences, no comments, no trailing commas.",
].join("\n");

/** Rules every generation prompt states. */
export const qualityRules = [
  "Make the queries differ from each other in topic, wording, length and difficulty.",
  "Every value the user gives is concrete and plausible: real-looking names, places, codes and amounts;",
  "dates written as dates; no placeholders such as <name>, XYZ or 'some city'.",
].join("\n");

/** Rules of the styles whose answers make calls. */
export const callRules = [
  "Every value a call needs is stated in the query. Arguments hold only what the user said or clearly meant,",
  "never guesses.",
  "Follow each parameter's schema: its type, format, enum, pattern and range. A number is a JSON number, a",
  "boolean is true or false, never a string. Leave out optional parameters the user does not ask about, and",
  "never add a parameter the tool does not declare.",
  "One call per request: each thing the user asks for gets exactly one call, and every call serves a request",
  "in the query.",
].join("\n");

/** The style-specific part of the task. `{...}` names are filled in by the renderer. */
export const styleTexts: Record<QueryStyle, string> = {
  simple: [
    "Each query makes a single request that one call of the tool serves.",
    '"answers" holds exactly one call.',
  ].join("\n"),
  multiple: [
    "Several tools are offered, but each query needs exactly one of them: one request, one call.",
    "Spread the pairs over different tools. The request must make the right tool clear through what the",
    "user wants, without quoting the tool's name; the other tools are there to be passed over.",
  ].join("\n"),
  parallel: [
    "Each query bundles {callsMin} to {callsMax} independent requests of the same kind (the same lookup or",
    "computation for different inputs), so the answer calls the one tool once per request, each call with its",
    "own arguments. No request depends on the result of another, and no two calls are identical.",
  ].join("\n"),
  parallel_multiple: [
    "Each query bundles {callsMin} to {callsMax} independent requests that together need at least two",
    "different tools among those offered. The answer makes one call per request. No request depends on the",
    "result of another, and no two calls are identical.",
  ].join("\n"),
  no_call: [
    "Each query asks, with concrete details, for what the unavailable tool does, as a user who does not know",
    "which tools exist would. None of the offered tools can serve it, not even in part, so nothing is called:",
    '"answers" is the empty list [] and "response" tells the user in one or two sentences that the',
    "available tools cannot do this, saying what is missing. Do not pretend to do the task.",
  ].join("\n"),
  missing_argument: [
    "Each query asks for what {omitTool} does and gives concrete values for anything else it needs, but",
    'never states "{omitParameter}", not even as a hint the value could be inferred from. The tool cannot',
    'be called without it, so "answers" is the empty list [] and "response" is a short, friendly question',
    'asking the user for the missing "{omitParameter}".',
  ].join("\n"),
};

/** How each framing asks the queries to be worded. */
export const framingTexts: Record<PromptFraming, string> = {
  concise: "Keep queries short and direct: one or two plain sentences each.",
  detailed: [
    "Write fuller queries: a sentence of background on why the user needs this, then the request with all",
    "of its specifics.",
  ].join("\n"),
  casual: [
    "Word queries the way people type to a chat assistant: informal, with contractions and a relaxed tone.",
    "Values that become arguments stay exact.",
  ].join("\n"),
  ambiguous: [
    "Word requests indirectly: describe the goal in everyday terms rather than naming the function or its",
    "parameters, so the tool and the arguments have to be inferred. The intended values must still be",
    "recoverable exactly from the query.",
  ].join("\n"),
  typos: [
    "Let about half of the queries carry a few natural typing slips in ordinary words (a swapped or dropped",
    "letter, no capitals). Never misspell a value that becomes an argument.",
  ].join("\n"),
  numbers_as_words: [
    'Write some of the numbers in words in the query ("twenty-five", "a dozen", "three and a half"); the',
    "calls still carry them as JSON numbers.",
  ].join("\n"),
};
