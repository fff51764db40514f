/** What an error message needs to know about the call that failed. */
export interface CallContext {
  provider: string;
  modelId: string;
  /** The base URL, e.g. `http://127.0.0.1:8000/v1`. */
  baseURL: string;
  /** The key sent, so that it can be removed from anything an error carries. */
  apiKey: string | undefined;
  /** Where the key came from, for messages: `"$OPENAI_API_KEY"`, `"the apiKey option"`. */
  apiKeySource: string;
  /** The environment variable a user would set. */
  apiKeyEnvironmentVariable: string;
  timeoutMs: number;
}

/** `openai-compatible model "m" at URL`: how messages name the model. */
export function describeModel({ provider, modelId, baseURL }: CallContext): string {
  return `${provider} model "${modelId}" at ${baseURL}`;
}
