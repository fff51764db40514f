/** What a call's last HTTP answer was, kept for error messages and request ids. */
export interface CapturedResponse {
  url: string;
  status: number;
  headers: Headers;
  /** The body text (the client reads a copy made from it); empty for a successful event stream, passed on as it is. */
  text: string;
}

/**
 * Wraps `fetch` for one call so that the last response (its status, headers and body text) stays readable
 * after the Hugging Face client has consumed it or thrown: the client keeps neither `Retry-After` nor the raw
 * body of a reply it could not parse.
 */
export function captureResponse(baseFetch: typeof fetch): {
  fetch: typeof fetch;
  last: () => CapturedResponse | undefined;
} {
  let last: CapturedResponse | undefined;
  const wrapped = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const response = await baseFetch(input, init);
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const streaming = response.headers.get("content-type")?.startsWith("text/event-stream") === true;
    if (streaming && response.ok) {
      last = { url, status: response.status, headers: response.headers, text: "" };
      return response;
    }
    const text = await response.text();
    last = { url, status: response.status, headers: response.headers, text };
    const bodyless = response.status === 204 || response.status === 304;
    return new Response(bodyless ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return { fetch: wrapped as typeof fetch, last: () => last };
}
