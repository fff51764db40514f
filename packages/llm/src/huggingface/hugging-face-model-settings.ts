import type { InferenceProviderOrPolicy } from "@huggingface/inference";
import type { StructuredOutputMode } from "../openai-compatible/build-chat-request.js";

/** Where requests go: through the Inference Providers router, or to one endpoint. */
export type HuggingFaceRouting =
  | {
      /**
       * The Inference Provider, e.g. `"together"` or `"cerebras"`; `"auto"` lets the router pick the first one
       * available in your https://hf.co/settings/inference-providers order.
       * @default "auto"
       */
      provider?: InferenceProviderOrPolicy;
      endpointUrl?: never;
    }
  | {
      /** A dedicated Inference Endpoint or TGI server, e.g. `https://xyz.endpoints.huggingface.cloud/v1`. */
      endpointUrl: string;
      provider?: never;
    };

/** Settings of `createHuggingFaceModel`. */
export type HuggingFaceModelSettings = HuggingFaceRouting & {
  /** The model's id on the Hub, e.g. `"meta-llama/Llama-3.1-8B-Instruct"`. */
  model: string;
  /** A Hugging Face access token (`hf_...`); without it the environment variable, then `secretsFile`, is read. */
  accessToken?: string;
  /**
   * The environment variable that holds the token.
   * @default "HF_TOKEN"
   */
  accessTokenEnvironmentVariable?: string;
  /** A JSON file of secrets keyed by variable name, e.g. `{ "HF_TOKEN": "hf_..." }`. */
  secretsFile?: string;
  /**
   * How JSON answers are asked for: `response_format` with the JSON schema, `json_object` with the schema in a
   * system message, or the system message only (for providers without structured output).
   * @default "json-schema"
   */
  structuredOutput?: StructuredOutputMode;
  /**
   * Milliseconds one call may take before it fails with a retryable `ModelTimeoutError`.
   * @default 600000
   */
  timeoutMs?: number;
  /** A `fetch` to call instead of the global one (a proxy, a recorder, a test stand-in). */
  fetch?: typeof fetch;
};
