import type { ChatTransport } from "./chat-transport.js";

/** A {@link ChatTransport} over a `fetch` function (a proxy, a recorder, or the platform's own). */
export function createFetchTransport(fetchFunction: typeof fetch): ChatTransport {
  return async ({ url, headers, body, signal }) => {
    const response = await fetchFunction(url, { method: "POST", headers, body, signal });
    return {
      status: response.status,
      headers: response.headers,
      text: () => response.text(),
      body: () => response.body ?? undefined,
    };
  };
}
