import type { IncomingMessage, ServerResponse } from "node:http";

const hopByHop = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "content-encoding",
]);

/** Sends an incoming request on to another server (base URL `to`) and copies its answer back. */
export async function forwardRequest({
  request,
  response,
  to,
}: {
  request: IncomingMessage;
  response: ServerResponse;
  to: string;
}): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && !hopByHop.has(name)) {
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  const method = request.method ?? "GET";
  const answer = await fetch(new URL(request.url ?? "/", to), {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
    redirect: "manual",
  });
  const body = Buffer.from(await answer.arrayBuffer());
  const copied: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (!hopByHop.has(name)) {
      copied[name] = value;
    }
  });
  response.writeHead(answer.status, copied).end(body);
}
