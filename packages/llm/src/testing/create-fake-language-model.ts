import {
  type CompletionRequest,
  type CompletionResponse,
  type JsonValue,
  safeParseJson,
  stringifyJson,
} from "@apigen/core";
import type { CompletionStreamPart, StreamingLanguageModel } from "../interfaces/streaming-language-model.js";

/**
 * One scripted answer of a fake model: a text, a JSON value (written as the text), native tool calls (text
 * `""` and finish reason `"tool-calls"` unless given), a whole or partial response, or an error to throw.
 */
export type FakeResponse =
  | string
  | (Partial<Omit<CompletionResponse, "text" | "json">> & { text: string; json?: JsonValue })
  | (Partial<Omit<CompletionResponse, "text" | "json">> & { json: JsonValue })
  | (Partial<Omit<CompletionResponse, "toolCalls">> & {
      toolCalls: NonNullable<CompletionResponse["toolCalls"]>;
    })
  | { error: Error };

interface FakeIdentity {
  /** @default "fake" */
  provider?: string;
  /** @default "fake-model" */
  modelId?: string;
}

/** Options of {@link createFakeLanguageModel}: a list of answers, or a function that answers. */
export type CreateFakeLanguageModelOptions = FakeIdentity &
  (
    | {
        /** Answers in order, one per call; a call beyond the end throws. */
        responses: readonly FakeResponse[];
        respond?: never;
      }
    | {
        /** Answers a call from the request and its 0-based index. */
        respond: (request: CompletionRequest, index: number) => FakeResponse | Promise<FakeResponse>;
        responses?: never;
      }
  );

/** A recording fake model. */
export interface FakeLanguageModel extends StreamingLanguageModel {
  /** Every request received by `complete` and `stream`, in order. */
  readonly requests: CompletionRequest[];
}

/**
 * An in-process {@link StreamingLanguageModel} that records every request and answers from a script, for tests
 * of code that receives a model. Like real providers it sets `json` when the request had a `responseFormat`
 * and the text parses; usage defaults to about one token per four characters.
 *
 * @example
 * const model = createFakeLanguageModel({ responses: [{ json: { query: "Weather in Paris?" } }] });
 * await generate({ model });
 * expect(model.requests[0]?.responseFormat?.name).toBe("query");
 */
export function createFakeLanguageModel({
  provider = "fake",
  modelId = "fake-model",
  responses,
  respond,
}: CreateFakeLanguageModelOptions): FakeLanguageModel {
  const requests: CompletionRequest[] = [];

  const answer = async (request: CompletionRequest): Promise<CompletionResponse> => {
    request.abortSignal?.throwIfAborted();
    const index = requests.length;
    requests.push(request);
    const scripted = respond === undefined ? responses?.[index] : await respond(request, index);
    if (scripted === undefined) {
      throw new Error(
        `The fake model ${modelId} has no response for call #${index + 1} (it was given ${responses?.length ?? 0})`,
      );
    }
    if (typeof scripted === "object" && "error" in scripted) {
      throw scripted.error;
    }
    return toResponse(request, typeof scripted === "string" ? { text: scripted } : scripted);
  };

  return {
    provider,
    modelId,
    requests,
    complete: answer,
    async *stream(request): AsyncIterable<CompletionStreamPart> {
      let response: CompletionResponse;
      try {
        response = await answer(request);
      } catch (error) {
        yield { type: "error", error: error instanceof Error ? error : new Error(String(error)) };
        return;
      }
      for (const delta of response.text.match(/[\s\S]{1,16}/g) ?? []) {
        yield { type: "text-delta", delta };
      }
      yield { type: "finish", response };
    },
  };
}

function toResponse(
  request: CompletionRequest,
  scripted: Exclude<FakeResponse, string | { error: Error }>,
): CompletionResponse {
  const { text: givenText, json: givenJson, ...rest }: Partial<CompletionResponse> = scripted;
  const text = givenText ?? (givenJson === undefined ? "" : stringifyJson(givenJson));
  let json = givenJson;
  if (json === undefined && request.responseFormat !== undefined) {
    const parsed = safeParseJson({ text });
    json = parsed.success ? parsed.value : undefined;
  }
  const inputCharacters = request.messages.reduce((sum, message) => sum + message.content.length, 0);
  return {
    finishReason: rest.toolCalls === undefined ? "stop" : "tool-calls",
    latencyMs: 0,
    usage: { inputTokens: Math.ceil(inputCharacters / 4), outputTokens: Math.ceil(text.length / 4) },
    ...rest,
    text,
    ...(json === undefined ? {} : { json }),
  };
}
