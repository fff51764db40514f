import {
  bfclFunctionToTool,
  type ChatMessage,
  type CompletionRequest,
  type LanguageModel,
  stringifyJson,
} from "@apigen/core";
import type { BfclEntry } from "../data/load-bfcl-category.js";
import { buildPromptMessages } from "./build-prompt-messages.js";
import { buildXlamMessages } from "./build-xlam-messages.js";
import type { BfclRunMode } from "./evaluate-answer.js";
import { fcTools } from "./fc-tools.js";
import { languageSpecificDocs } from "./language-specific-docs.js";
import { taskMessages } from "./task-messages.js";

/** What BFCL's result files hold for one entry, less its id. */
export interface ResultLine {
  /** The model's text; in `fc` mode, its calls as `[{name: "<JSON arguments>"}]` (the text when it made none). */
  result: string | Record<string, string>[];
  input_token_count: number;
  output_token_count: number;
  /** Seconds. */
  latency: number;
}

/** How a result line of a model that failed starts, as BFCL writes it. */
export const modelErrorPrefix = "Error during inference: ";

/** What the runner needs of an entry to ask about it. */
export type AskableEntry = Pick<BfclEntry, "category" | "task" | "docs">;

function buildRequest(
  entry: AskableEntry,
  mode: BfclRunMode,
): Pick<CompletionRequest, "messages" | "tools" | "toolChoice"> {
  const docs = languageSpecificDocs({ docs: entry.docs, category: entry.category });
  if (mode === "fc") {
    const messages: ChatMessage[] = taskMessages(entry.task);
    return { messages, tools: fcTools(docs), toolChoice: "auto" };
  }
  if (mode === "prompt") {
    return { messages: buildPromptMessages({ task: entry.task, docs }) };
  }
  return {
    messages: buildXlamMessages({
      task: entry.task,
      tools: docs === entry.docs ? entry.task.tools : docs.map((doc) => bfclFunctionToTool(doc)),
    }),
  };
}

/**
 * Asks the model about one entry at temperature 0. A model error (after the model's own retries) becomes a
 * result line starting with {@link modelErrorPrefix}; an abort is thrown.
 */
export async function askEntry({
  model,
  entry,
  mode,
  seed,
  abortSignal,
}: {
  model: LanguageModel;
  entry: AskableEntry;
  mode: BfclRunMode;
  seed: number | undefined;
  abortSignal: AbortSignal | undefined;
}): Promise<ResultLine> {
  const started = Date.now();
  try {
    const response = await model.complete({
      ...buildRequest(entry, mode),
      temperature: 0,
      ...(seed === undefined ? {} : { seed }),
      ...(abortSignal === undefined ? {} : { abortSignal }),
    });
    const calls = mode === "fc" ? (response.toolCalls ?? []) : [];
    return {
      result:
        calls.length === 0
          ? response.text
          : calls.map((call) => ({ [call.name]: call.rawArguments ?? stringifyJson(call.arguments) })),
      input_token_count: response.usage.inputTokens,
      output_token_count: response.usage.outputTokens,
      latency: response.latencyMs / 1000,
    };
  } catch (error) {
    if (abortSignal?.aborted === true) {
      throw error;
    }
    return {
      result: `${modelErrorPrefix}${error instanceof Error ? error.message : String(error)}`,
      input_token_count: 0,
      output_token_count: 0,
      latency: (Date.now() - started) / 1000,
    };
  }
}
