import { type Example, renderXlamPrompt, stringifyJson, xlamPromptSystemLine } from "@apigen/core";
import { endOfTurn, layoutTurn, type TokenizerFamily } from "./tokenizer-family.js";

/** The system line of xLAM v1 prompts when the row brings none (shared with the BFCL runner's xLAM mode). */
export const xlamV1SystemLine = xlamPromptSystemLine;

/** The four marked blocks of an xLAM v1 user turn (task, tools, format, query), as core renders them. */
export function xlamV1Instruction(example: Example): string {
  return renderXlamPrompt({ tools: example.tools, query: example.query });
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
