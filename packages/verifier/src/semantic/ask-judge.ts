import {
  type ChatMessage,
  JsonParseError,
  type LanguageModel,
  type Result,
  safeParseJson,
} from "@apigen/core";
import { judgementJsonSchema, judgementSchema } from "./judgement-schema.js";

/** Options of {@link askJudge}. */
export interface AskJudgeOptions {
  model: LanguageModel;
  messages: ChatMessage[];
  /** Calls to make before giving up on an unparseable answer. */
  maxAttempts: number;
  temperature?: number | undefined;
  /** The seed of the first attempt; retry `n` uses `seed + n * seedStride`. */
  seed?: number | undefined;
  /** @default 1 */
  seedStride?: number;
  maxTokens?: number | undefined;
  abortSignal?: AbortSignal | undefined;
}

/** One judge's decision, with who gave it and after how many calls. */
export interface JudgeDecision {
  thought: string;
  pass: boolean;
  /** `provider:modelId` of the judge. */
  judge: string;
  seed?: number;
  attempts: number;
}

/** A judge that gave no usable answer in `maxAttempts` calls. */
export interface JudgeFailure {
  judge: string;
  seed?: number;
  attempts: number;
  /** Why the last answer was unusable, and the start of its text. */
  message: string;
}

function stripFence(text: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(text);
  return fenced === null ? text : (fenced[1] ?? "");
}

/**
 * Asks one judge, with `responseFormat` set to the judgement schema, and reads its answer with `safeParseJson`
 * (a Markdown code fence around the JSON is tolerated). An unparseable or ill-shaped answer is asked again, up to
 * `maxAttempts` calls in all, then returned as a failure; errors thrown by the model (network, HTTP) propagate.
 */
export async function askJudge({
  model,
  messages,
  maxAttempts,
  temperature,
  seed,
  seedStride = 1,
  maxTokens,
  abortSignal,
}: AskJudgeOptions): Promise<Result<JudgeDecision, JudgeFailure>> {
  const judge = `${model.provider}:${model.modelId}`;
  let message = "no attempt made";
  let lastSeed: number | undefined;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    lastSeed = seed === undefined ? undefined : seed + attempt * seedStride;
    const response = await model.complete({
      messages,
      responseFormat: { name: "judgement", schema: judgementJsonSchema },
      ...(temperature === undefined ? {} : { temperature }),
      ...(lastSeed === undefined ? {} : { seed: lastSeed }),
      ...(maxTokens === undefined ? {} : { maxTokens }),
      ...(abortSignal === undefined ? {} : { abortSignal }),
    });
    const parsed = safeParseJson({ text: stripFence(response.text), schema: judgementSchema });
    if (parsed.success) {
      const { thought, pass } = parsed.value;
      return {
        success: true,
        value: {
          thought,
          pass,
          judge,
          ...(lastSeed === undefined ? {} : { seed: lastSeed }),
          attempts: attempt + 1,
        },
      };
    }
    const problem = JsonParseError.isInstance(parsed.error)
      ? "not JSON"
      : parsed.error.issues
          .map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`)
          .join("; ");
    message = `${problem} in ${JSON.stringify(response.text.slice(0, 120))}`;
  }
  return {
    success: false,
    error: { judge, ...(lastSeed === undefined ? {} : { seed: lastSeed }), attempts: maxAttempts, message },
  };
}
