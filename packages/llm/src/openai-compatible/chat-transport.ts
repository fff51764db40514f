/** One POST of a chat completion request, as a transport sends it. */
export interface ChatHttpRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

/** Response headers, read by name (case-insensitive), `null` when absent: a `Headers` will do. */
export type ResponseHeaders = Pick<Headers, "get">;

/** The answer to a {@link ChatHttpRequest}: status and headers at once, the body read on demand, once. */
export interface ChatHttpResponse {
  status: number;
  headers: ResponseHeaders;
  /** The whole body as text; rejects when the connection ends before the body does. */
  text(): Promise<string>;
  /** The body as bytes, for server-sent events; undefined when there is none. */
  body(): ReadableStream<Uint8Array> | undefined;
}

/**
 * Sends one chat request. Network failures reject with the platform's error (its `code` along the `cause`
 * chain, e.g. `ECONNREFUSED`); an abort of `signal` rejects too. Error statuses resolve like any other.
 */
export type ChatTransport = (request: ChatHttpRequest) => Promise<ChatHttpResponse>;
