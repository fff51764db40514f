import { type Example, stringifyJson, toolToOpenAiFunction } from "@apigen/core";
import { endOfTurn, layoutTurn, type TokenizerFamily } from "./tokenizer-family.js";

/** The part of the xLAM-2 style system prompt that comes before the tools. */
export const xlamV2Preamble = [
  "You are a helpful assistant with access to the functions below.",
  'To call functions, answer only with a JSON array of calls: [{"name": "function_name", "arguments": {"argument": "value"}}, ...].',
  "Give every argument the type its parameter asks for. When no function fits, or a required value is missing from the request, answer in plain text instead.",
  "Available functions:",
].join("\n");

/**
 * An xLAM-2 style row: a system prompt listing the tools (OpenAI function JSON), the query as the user turn; the
 * target is a plain JSON array of calls, or the row's text response when it has no call, then end of turn.
 */
export function renderXlamV2(
  example: Example,
  family: TokenizerFamily,
): { prompt: string; completion: string } {
  const tools = example.tools.map((tool) => stringifyJson(toolToOpenAiFunction(tool))).join("\n");
  const preamble = example.system === undefined ? xlamV2Preamble : `${example.system}\n\n${xlamV2Preamble}`;
  const prompt = layoutTurn({ family, system: `${preamble}\n${tools}`, user: example.query });
  const calls = example.answers.map(({ name, arguments: callArguments }) => ({
    name,
    arguments: callArguments,
  }));
  const target =
    calls.length === 0 && example.response !== undefined ? example.response : stringifyJson(calls);
  return { prompt, completion: `${target}${endOfTurn[family]}` };
}
