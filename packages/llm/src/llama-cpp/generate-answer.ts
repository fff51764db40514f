import type { CompletionRequest } from "@apigen/core";
import type { ChatHistoryItem, LlamaChat, LlamaChatResponse, LlamaGrammar } from "node-llama-cpp";

/** What one generation produced. */
export interface GeneratedAnswer {
  text: string;
  stopReason: LlamaChatResponse["metadata"]["stopReason"];
  /** The prompt's tokens, counting a prefix reused from the sequence's previous call. */
  inputTokens: number;
  outputTokens: number;
}

/**
 * Generates the model's turn for a chat history on one chat (one context sequence), with the request's
 * sampling settings. llama.cpp keeps a prompt prefix shared with the previous call evaluated, so the token
 * meter sees only the new part; the prompt's size is read from the sequence instead.
 */
export async function generateAnswer({
  chat,
  history,
  grammar,
  request,
  onTextChunk,
}: {
  chat: LlamaChat;
  history: ChatHistoryItem[];
  grammar: LlamaGrammar | undefined;
  request: CompletionRequest;
  onTextChunk: ((text: string) => void) | undefined;
}): Promise<GeneratedAnswer> {
  const before = chat.sequence.tokenMeter.getState();
  const answer = await chat.generateResponse(history, {
    ...(grammar === undefined ? {} : { grammar }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.seed === undefined ? {} : { seed: request.seed }),
    ...(request.maxTokens === undefined ? {} : { maxTokens: request.maxTokens }),
    ...(request.stop === undefined || request.stop.length === 0 ? {} : { customStopTriggers: request.stop }),
    ...(request.abortSignal === undefined ? {} : { signal: request.abortSignal }),
    ...(onTextChunk === undefined ? {} : { onTextChunk }),
  });
  const outputTokens = chat.sequence.tokenMeter.diff(before).usedOutputTokens;
  return {
    text: answer.response,
    stopReason: answer.metadata.stopReason,
    inputTokens: Math.max(0, chat.sequence.contextTokens.length - outputTokens),
    outputTokens,
  };
}
