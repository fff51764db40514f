import { type CompletionRequest, stringifyJson } from "@apigen/core";

/**
 * A rough token count for a request before it is sent: about one token per four characters of the messages
 * (tool calls, tools and schema included), plus `maxTokens` for the answer. Rate limiting corrects it with the real usage.
 */
export function estimateTokens(request: CompletionRequest): number {
  let characters = 0;
  for (const message of request.messages) {
    characters += message.content.length;
    if (message.toolCalls !== undefined) {
      characters += stringifyJson(message.toolCalls).length;
    }
  }
  if (request.tools !== undefined && request.tools.length > 0) {
    characters += stringifyJson(request.tools).length;
  }
  if (request.responseFormat !== undefined) {
    characters += stringifyJson(request.responseFormat.schema).length;
  }
  return Math.ceil(characters / 4) + (request.maxTokens ?? 0);
}
