import { type Example, stringifyJson } from "@apigen/core";
import { endOfTurn, layoutTurn, type TokenizerFamily } from "./tokenizer-family.js";
import { xlamToolsJson } from "./xlam-tools-json.js";

/** The system line of xLAM v1 prompts when the row brings none. */
export const xlamV1SystemLine =
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

/** The four marked blocks of an xLAM v1 user turn (task, tools, format, query). */
export function xlamV1Instruction(example: Example): string {
  return [
    `[BEGIN OF TASK INSTRUCTION]\n${taskInstruction}\n[END OF TASK INSTRUCTION]`,
    `[BEGIN OF AVAILABLE TOOLS]\n${xlamToolsJson(example.tools)}\n[END OF AVAILABLE TOOLS]`,
    `[BEGIN OF FORMAT INSTRUCTION]\n${formatInstruction}\n[END OF FORMAT INSTRUCTION]`,
    `[BEGIN OF QUERY]\n${example.query}\n[END OF QUERY]`,
  ].join("\n\n");
}

/**
 * An xLAM v1 row: a system line, `### Instruction:` with the four marked blocks, `### Response:`; the target is
 * `{"tool_calls": [...]}` (plus `"response"` on a call-less row that has words) and the end-of-turn marker.
 */
export function renderXlamV1(
  example: Example,
  family: TokenizerFamily,
): { prompt: string; completion: string } {
  const system = example.system ?? xlamV1SystemLine;
  const prompt = layoutTurn({ family: "deepseek", system, user: xlamV1Instruction(example) });
  const toolCalls = example.answers.map(({ name, arguments: callArguments }) => ({
    name,
    arguments: callArguments,
  }));
  const target =
    toolCalls.length === 0 && example.response !== undefined
      ? { tool_calls: [], response: example.response }
      : { tool_calls: toolCalls };
  return { prompt, completion: `${stringifyJson(target)}${endOfTurn[family]}` };
}
