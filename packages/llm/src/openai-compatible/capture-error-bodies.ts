/** A `fetch` whose error responses' bodies can be looked up by their `Headers` object. */
export interface CapturingFetch {
  fetch: typeof fetch;
  /** The body text of an error response, found by the `headers` the client's error carries. */
  errorBody(headers: unknown): string | undefined;
}

/**
 * Wraps `fetch` so that the raw body of every error response (status 400 and up) is kept: the OpenAI client
 * keeps only an `error` field, and servers such as vLLM put their message elsewhere. The body is read once and
 * handed on in a fresh response, so the client reads it as usual.
 */
export function captureErrorBodies(baseFetch: typeof fetch): CapturingFetch {
  const bodies = new WeakMap<object, string>();
  const wrapped = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const response = await baseFetch(input, init);
    if (response.status < 400) {
      return response;
    }
    const text = await response.text().catch(() => "");
    const copy = new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    bodies.set(copy.headers, text);
    return copy;
  };
  return {
    fetch: wrapped as typeof fetch,
    errorBody: (headers) =>
      headers !== null && typeof headers === "object" ? bodies.get(headers) : undefined,
  };
}
