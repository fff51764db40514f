import type { LanguageModel, Tool } from "@apigen/core";
import { BatchResultMissingError, LanguageModelError } from "@apigen/llm";
import { type VerifiedCandidate, type VerifyRowSettings, verifyRow } from "@apigen/verifier";
import { type PlannedPrompt, promptKey } from "./prompt-journal.js";

/** How sending one prompt ended. */
export type PromptOutcome =
  | { kind: "answered"; plan: PlannedPrompt; tools: Tool[]; results: VerifiedCandidate[] }
  /** Batch mode: the generator's or judge's answer is not in the results yet; the request was written out. */
  | { kind: "waiting"; plan: PlannedPrompt }
  | { kind: "aborted"; plan: PlannedPrompt }
  | { kind: "failed"; plan: PlannedPrompt; error: string };

/** What sending a prompt needs. */
export interface SendPromptContext {
  generator: LanguageModel;
  toolsByName: ReadonlyMap<string, Tool>;
  verify: VerifyRowSettings;
  temperature: number;
  maxTokens: number;
  seed: number;
  abortSignal?: AbortSignal | undefined;
}

/**
 * Sends one planned prompt to the generator and runs its candidates through the three stages. A model that
 * fails (after the middleware's retries) is a `failed` outcome the run records and goes on from; anything else
 * thrown (a broken tool source, a full disk) stops the run.
 */
export async function sendPrompt(context: SendPromptContext, plan: PlannedPrompt): Promise<PromptOutcome> {
  const tools: Tool[] = [];
  for (const name of plan.tools) {
    const tool = context.toolsByName.get(name);
    if (tool === undefined) {
      return { kind: "failed", plan, error: `tool ${name} is no longer offered by the run's tool sources` };
    }
    tools.push(tool);
  }
  try {
    const response = await context.generator.complete({
      ...plan.request,
      temperature: context.temperature,
      maxTokens: context.maxTokens,
      seed: (context.seed * 1_000_003 + plan.prompt) % 2 ** 31,
      ...(context.abortSignal === undefined ? {} : { abortSignal: context.abortSignal }),
    });
    const results = await verifyRow(
      { id: promptKey(plan.prompt), text: response.text, tools, style: plan.style },
      context.verify,
    );
    return { kind: "answered", plan, tools, results };
  } catch (error) {
    if (context.abortSignal?.aborted === true) {
      return { kind: "aborted", plan };
    }
    if (BatchResultMissingError.isInstance(error)) {
      return { kind: "waiting", plan };
    }
    if (!LanguageModelError.isInstance(error)) {
      throw error;
    }
    const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: "failed", plan, error: described };
  }
}
