import { type ChatMessage, type Example, type JsonSchema, stringifyJson, type Tool } from "@apigen/core";
import type { ToolDraw } from "../api-sampler/create-api-sampler.js";
import { type CountRange, checkCountRange } from "../count-range.js";
import { buildResponseSchema } from "./build-response-schema.js";
import type { PromptTemplate } from "./prompt-template.js";
import { callRules, framingTexts, qualityRules, styleTexts, systemText } from "./prompt-texts.js";

/** Options of {@link renderGenerationPrompt}. */
export interface RenderGenerationPromptOptions {
  template: PromptTemplate;
  /** The tools drawn by the API sampler for the template's style. */
  draw: ToolDraw;
  /** Few-shot examples from the seed pool (rendered as JSON in the prompt). */
  examples: readonly Example[];
  /** Query/answer pairs asked of one call. @default 3 */
  pairs?: number;
  /** Ask for a short `thought` per pair. @default false */
  withThought?: boolean;
  /** Parallel styles: how many calls each answer should make (at least 2). @default { min: 2, max: 4 } */
  callsPerAnswer?: CountRange;
}

/** A rendered generation prompt, ready for `LanguageModel.complete`. */
export interface GenerationPrompt {
  messages: ChatMessage[];
  /** JSON Schema of the expected answer (`{pairs: [{query, answers[, thought][, response]}]}`), for providers with structured output. */
  responseFormat: { name: string; schema: JsonSchema };
  templateId: string;
}

/**
 * Renders the messages of one generation call: a system message with the job and the strict JSON output, and
 * a user message with the tools (name, description, JSON Schema parameters), the unavailable tool (no_call) or
 * the value to leave out (missing_argument), the few-shot examples, the style and framing instructions and
 * the output format. The response schema matches the style.
 *
 * @example
 * const prompt = renderGenerationPrompt({ template: prompts.pick("simple"), draw, examples });
 * const response = await model.complete({ messages: prompt.messages, responseFormat: prompt.responseFormat });
 */
export function renderGenerationPrompt({
  template,
  draw,
  examples,
  pairs = 3,
  withThought = false,
  callsPerAnswer = { min: 2, max: 4 },
}: RenderGenerationPromptOptions): GenerationPrompt {
  checkCountRange(callsPerAnswer, "callsPerAnswer");
  if (!Number.isSafeInteger(pairs) || pairs < 1) {
    throw new TypeError(`pairs must be an integer >= 1, got ${String(pairs)}`);
  }
  const { style } = template;
  if (style === "no_call" && draw.withheld === undefined) {
    throw new TypeError("A no_call prompt needs a draw with a withheld tool: draw it with style no_call");
  }
  if (style === "missing_argument" && draw.omit === undefined) {
    throw new TypeError(
      "A missing_argument prompt needs a draw with omit: draw it with style missing_argument",
    );
  }
  const noCall = style === "no_call" || style === "missing_argument";
  const calls = { min: Math.max(2, callsPerAnswer.min), max: Math.max(2, callsPerAnswer.max) };
  const fill = (text: string) =>
    text
      .replaceAll("{callsMin}", String(calls.min))
      .replaceAll("{callsMax}", String(calls.max))
      .replaceAll("{omitTool}", draw.omit?.tool ?? "")
      .replaceAll("{omitParameter}", draw.omit?.parameter ?? "");
  const sections = [
    `## Tools you can call\n${jsonList(draw.tools.map(describeTool))}`,
    draw.withheld === undefined || style !== "no_call"
      ? undefined
      : `## Tool the user needs, which is NOT available\n${jsonList([describeTool(draw.withheld)])}`,
    examples.length === 0
      ? undefined
      : `## Example rows\n${exampleNote}\n${jsonList(examples.map((example) => renderExample(example, withThought)))}`,
    [
      `## Task\nWrite ${pairs} query/answer ${pairs === 1 ? "pair" : "pairs"}.`,
      fill(styleTexts[style]),
      qualityRules,
      ...(noCall ? [] : [callRules]),
    ].join("\n"),
    `## Wording\n${template.instructions ?? framingTexts[template.framing]}`,
    `## Output format\n${outputFormat(style, pairs, withThought)}`,
  ];
  return {
    messages: [
      { role: "system", content: systemText },
      { role: "user", content: sections.filter((section) => section !== undefined).join("\n\n") },
    ],
    responseFormat: {
      name: "generated_pairs",
      schema: buildResponseSchema({
        style,
        toolNames: draw.tools.map((tool) => tool.name),
        callsPerAnswer: calls,
        withThought,
      }),
    },
    templateId: template.id,
  };
}

const exampleNote =
  "They show the expected shape and quality; they are about other tools, so do not reuse their wording or values.";

/** A JSON list with one compact item per line: readable, and far fewer tokens than indented JSON. */
function jsonList(items: readonly unknown[]): string {
  return `[\n${items.map((item) => stringifyJson(item)).join(",\n")}\n]`;
}

function describeTool(tool: Tool): { name: string; description: string; parameters: JsonSchema } {
  return { name: tool.name, description: tool.description, parameters: tool.parameters };
}

function renderExample(example: Example, withThought: boolean): Record<string, unknown> {
  return {
    thought: withThought ? example.thought : undefined,
    query: example.query,
    answers: example.answers.map((call) => ({ name: call.name, arguments: call.arguments })),
    response: example.answers.length === 0 ? example.response : undefined,
  };
}

function outputFormat(style: PromptTemplate["style"], pairs: number, withThought: boolean): string {
  const noCall = style === "no_call" || style === "missing_argument";
  const fields = [
    withThought ? '"thought": "<one sentence on how the query maps to the answer>"' : undefined,
    '"query": "<the user\'s message>"',
    noCall ? '"answers": []' : '"answers": [{"name": "<tool name>", "arguments": {"<parameter>": <value>}}]',
    noCall ? '"response": "<what the assistant replies>"' : undefined,
  ].filter((field) => field !== undefined);
  return [
    `A JSON object whose "pairs" list holds ${pairs} ${pairs === 1 ? "object" : "objects"}, each exactly of this shape:`,
    `{"pairs": [{${fields.join(", ")}}]}`,
    '"arguments" is a JSON object, never a string holding JSON.',
  ].join("\n");
}
