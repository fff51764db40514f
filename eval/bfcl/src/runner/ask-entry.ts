import { bfclFunctionToTool, type LanguageModel } from "@apigen/core";
import type { BfclEntry } from "../data/load-bfcl-category.js";
import { buildPromptMessages } from "./build-prompt-messages.js";
import { buildXlamMessages } from "./build-xlam-messages.js";
import type { BfclRunMode } from "./evaluate-answer.js";
import { languageSpecificDocs } from "./language-specific-docs.js";

/** What BFCL's result files hold for one entry, less its id. */
export interface ResultLine {
  result: string;
  input_token_count: number;
  output_token_count: number;
  /** Seconds. */
  latency: number;
}

/** How a result line of a model that failed starts, as BFCL writes it. */
export const modelErrorPrefix = "Error during inference: ";

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
  entry: BfclEntry;
  mode: BfclRunMode;
  seed: number | undefined;
  abortSignal: AbortSignal | undefined;
}): Promise<ResultLine> {
  const docs = languageSpecificDocs({ docs: entry.docs, category: entry.category });
  const messages =
    mode === "prompt"
      ? buildPromptMessages({ task: entry.task, docs })
      : buildXlamMessages({
          task: entry.task,
          tools: docs === entry.docs ? entry.task.tools : docs.map((doc) => bfclFunctionToTool(doc)),
        });
  const started = Date.now();
  try {
    const response = await model.complete({
      messages,
      temperature: 0,
      ...(seed === undefined ? {} : { seed }),
      ...(abortSignal === undefined ? {} : { abortSignal }),
    });
    return {
      result: response.text,
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
