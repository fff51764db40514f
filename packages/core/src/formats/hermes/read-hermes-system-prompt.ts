import { isJsonObject, type JsonValue } from "../../json/json-value.js";
import type { Tool } from "../../schemas/tool.js";
import { readFunctionTools } from "../openai/read-function-tools.js";
import { readJsonText } from "../openai/read-json-text.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { renderHermesSystemPrompt } from "./render-hermes-system-prompt.js";

/** What a Hermes system message holds. */
export interface HermesSystemPrompt {
  tools: Tool[];
  /** The system prompt of the row's own, or `undefined` where the text is apigen's prompt alone. */
  system?: string;
}

/**
 * Reads the tools from the first `<tools>` block of a system message that is not empty (prose such as
 * "within <tools></tools> tags" is skipped); the block holds a JSON list, one object, or one object per line,
 * each an OpenAI tool or a bare function. It also tells the row's own system prompt apart from apigen's:
 * the text is apigen's prompt (no own prompt), or ends with `"\n\n"` and apigen's prompt (the own prompt is
 * what comes before), or is the own prompt as a whole.
 */
export function readHermesSystemPrompt(text: string, context: ConversionContext): HermesSystemPrompt {
  const blocks = [...text.matchAll(/<tools>([\s\S]*?)<\/tools>/g)].map((match) => match[1] ?? "");
  if (blocks.length === 0) {
    throw conversionError(context, "the system message has no <tools> block listing the functions");
  }
  const block = blocks.find((content) => content.trim() !== "");
  const blockContext = { ...context, field: joinField(context.field, "<tools>") };
  const tools =
    block === undefined ? [] : readFunctionTools(parseToolsBlock(block, blockContext), blockContext);
  for (const jsonStyle of ["python", "compact"] as const) {
    const prompt = renderHermesSystemPrompt(tools, { jsonStyle });
    if (text === prompt) {
      return { tools };
    }
    if (text.endsWith(`\n\n${prompt}`)) {
      return { tools, system: text.slice(0, text.length - prompt.length - 2) };
    }
  }
  return { tools, system: text };
}

function parseToolsBlock(text: string, context: ConversionContext): JsonValue {
  const trimmed = text.trim();
  try {
    const value = readJsonText(trimmed, context);
    return isJsonObject(value) ? [value] : value;
  } catch (error) {
    const lines = trimmed
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (lines.length < 2) {
      throw error;
    }
    try {
      return lines.map((line) => readJsonText(line, context));
    } catch {
      throw error;
    }
  }
}
