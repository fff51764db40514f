import type { StructuredOutputMode } from "./build-chat-request.js";

/** Settings of `createOpenAiCompatibleModel`. */
export interface OpenAiCompatibleModelSettings {
  /** The server's base URL, up to and including `/v1`, e.g. `http://127.0.0.1:8000/v1` or `https://api.openai.com/v1`. */
  baseURL: string;
  /** The model's name at that server, e.g. `"gpt-4o-mini"` or `"Qwen/Qwen2.5-7B-Instruct"`. */
  model: string;
  /** The API key; without it the environment variable (then `secretsFile`) is read, and none is fine for local servers. */
  apiKey?: string;
  /**
   * The environment variable that holds the key.
   * @default "OPENAI_API_KEY"
   */
  apiKeyEnvironmentVariable?: string;
  /** A JSON file of secrets keyed by variable name, read when neither `apiKey` nor the environment has a key. */
  secretsFile?: string;
  /**
   * A `fetch` to send requests with (a proxy, a recorder). Without it requests go out on `node:http(s)` with
   * keep-alive connections, which costs far less CPU per request than the platform `fetch`.
   */
  fetch?: typeof fetch;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /**
   * How JSON answers are asked for: `response_format` with the JSON schema, `response_format: json_object` with
   * the schema in a system message, or the system message only. A server that rejects a mode is asked again
   * with the next one, and the model keeps the one that worked.
   * @default "json-schema"
   */
  structuredOutput?: StructuredOutputMode;
  /**
   * Send `strict: true` with the JSON schema (OpenAI then demands every property be required).
   * @default false
   */
  strictJsonSchema?: boolean;
  /**
   * Milliseconds one call may take, body included, before it fails with a retryable `ModelTimeoutError`.
   * @default 600000
   */
  timeoutMs?: number;
  /**
   * The provider name reported on the model and in errors (and part of cache keys), e.g. `"vllm"`. Fields in
   * `providerOptions["openai-compatible"]` and `providerOptions[provider]` are copied into the request body.
   * @default "openai-compatible"
   */
  provider?: string;
}
