import type { JsonObject, JsonValue } from "../json/json-value.js";
import type { JsonSchema } from "../schemas/json-schema.js";
import type { Tool } from "../schemas/tool.js";
import type { ToolCall } from "../schemas/tool-call.js";

/** One chat message sent to or received from a model. */
export interface ChatMessage {
  role: "system" | "user" | "assistant" | "tool";
  content: string;
  /** Calls an assistant message made (for providers with native tool calling). */
  toolCalls?: ToolCall[];
  /** For a `tool` message: the id of the call it answers. */
  toolCallId?: string;
}

/** What a model is asked to do. */
export interface CompletionRequest {
  messages: ChatMessage[];
  /** Ask for JSON matching this schema; providers that support it constrain decoding, the rest are prompted. */
  responseFormat?: { name: string; schema: JsonSchema };
  /** @default the provider's default */
  temperature?: number;
  /** For reproducible sampling where the provider honours it; also part of the cache key. */
  seed?: number;
  maxTokens?: number;
  stop?: string[];
  /**
   * Tools the model may call through the provider's native function calling (OpenAI `tools`). Its calls come
   * back in `CompletionResponse.toolCalls`. Providers without native tool calling reject the request.
   */
  tools?: Tool[];
  /**
   * Whether the model must, may or must not call a tool, or which one it must call.
   * @default "auto" when `tools` are given
   */
  toolChoice?: "auto" | "none" | "required" | { name: string };
  abortSignal?: AbortSignal;
  /** Provider-specific settings, keyed by provider name, for knobs that no other provider shares. */
  providerOptions?: Record<string, JsonObject>;
}

/** Token counts of one completion. */
export interface CompletionUsage {
  inputTokens: number;
  outputTokens: number;
}

/** What a model answered. */
export interface CompletionResponse {
  text: string;
  /** The parsed answer when `responseFormat` was given and the text parsed. */
  json?: JsonValue;
  /**
   * The calls the model made through native function calling, arguments parsed. A call whose arguments were
   * not valid JSON keeps them as text in `rawArguments` and has empty `arguments`, so callers can classify it.
   */
  toolCalls?: (ToolCall & { rawArguments?: string })[];
  usage: CompletionUsage;
  finishReason: "stop" | "length" | "content-filter" | "tool-calls" | "error" | "other";
  latencyMs: number;
  /** The provider's id for the request, for support tickets and batch matching. */
  requestId?: string;
  /** True when the answer came from a response cache and no call was made. */
  cached?: boolean;
}

/**
 * Any model apigen can ask: an OpenAI-compatible server, Hugging Face Inference Providers, a local GGUF file,
 * a batch file. `generator`, `verifier` and `eval` receive one and never know which.
 */
export interface LanguageModel {
  /** e.g. `"openai-compatible"`, `"huggingface"`, `"llama-cpp"`. */
  readonly provider: string;
  /** The model's name at that provider. */
  readonly modelId: string;
  complete(request: CompletionRequest): Promise<CompletionResponse>;
}
