import type { CompletionRequest, CompletionResponse, LanguageModel } from "@apigen/core";

/** One part of a streamed completion. */
export type CompletionStreamPart =
  /** A piece of the answer's text, in order. */
  | { type: "text-delta"; delta: string }
  /** The end of a successful answer: the whole response, as `complete` would have returned it. */
  | { type: "finish"; response: CompletionResponse }
  /** The stream failed; nothing follows. `error` is usually a `LanguageModelError`. */
  | { type: "error"; error: Error };

/**
 * A {@link LanguageModel} that can also stream its answer. Every stream ends with exactly one `finish` or one
 * `error` part; failures never throw out of the iteration, so a consumer sees them in order with the text.
 *
 * @example
 * for await (const part of model.stream({ messages })) if (part.type === "text-delta") process.stdout.write(part.delta)
 */
export interface StreamingLanguageModel extends LanguageModel {
  stream(request: CompletionRequest): AsyncIterable<CompletionStreamPart>;
}

/**
 * True when a model can stream.
 *
 * @example
 * if (isStreamingLanguageModel(model)) for await (const part of model.stream(request)) { ... }
 */
export function isStreamingLanguageModel(model: LanguageModel): model is StreamingLanguageModel {
  return typeof (model as Partial<StreamingLanguageModel>).stream === "function";
}
