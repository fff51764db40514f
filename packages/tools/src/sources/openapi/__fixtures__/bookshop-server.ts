import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseJson, toPlainJson } from "@apigen/core";

/** One request as the bookshop server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and raw query, exactly as sent. */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A running bookshop service on 127.0.0.1. */
export interface BookshopServer {
  baseUrl: string;
  port: number;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

interface Book {
  id: string;
  title: string;
  author: string;
  genre: string;
  price: number;
}

const catalogue: Book[] = [
  { id: "b1", title: "Dune", author: "Frank Herbert", genre: "sci-fi", price: 12.5 },
  { id: "b2", title: "The Hobbit", author: "J. R. R. Tolkien", genre: "fantasy", price: 9 },
  { id: "b3", title: "SPQR", author: "Mary Beard", genre: "history", price: 18 },
  { id: "b4", title: "Earthsea", author: "Ursula K. Le Guin", genre: "fantasy", price: 25 },
];

/** Starts the bookshop service the OpenAPI fixture describes, recording every request. */
export async function startBookshopServer(): Promise<BookshopServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body });
      route(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, value: unknown, type = "application/json"): void {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  response.writeHead(status, { "content-type": type }).end(text);
}

function route(request: IncomingMessage, body: string, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://bookshop");
  const path = url.pathname;
  const problem = "application/problem+json";
  if (request.method === "GET" && path === "/v1/books") {
    const limit = Number(url.searchParams.get("limit") ?? 10);
    if (!(limit >= 1 && limit <= 50)) {
      return send(response, 400, { error: "limit must be between 1 and 50" }, problem);
    }
    const genres = url.searchParams.getAll("genre");
    const maxPrice = Number(url.searchParams.get("max_price") ?? Number.POSITIVE_INFINITY);
    const books = catalogue
      .filter((book) => (genres.length === 0 || genres.includes(book.genre)) && book.price < maxPrice)
      .sort((left, right) => left.price - right.price)
      .slice(0, limit);
    return send(response, 200, books);
  }
  if (request.method === "POST" && path === "/v1/books") {
    const book = toPlainJson(parseJson(body)) as Partial<Book>;
    if (typeof book.price !== "number" || book.price < 0) {
      return send(response, 422, { error: "price must be a number of at least 0" }, problem);
    }
    return send(response, 201, { id: "b5", ...book });
  }
  const reviews = /^\/v1\/books\/([^/]+)\/reviews$/.exec(path);
  if (request.method === "GET" && reviews) {
    return send(response, 200, `No reviews yet for ${decodeURIComponent(reviews[1] ?? "")}.`, "text/plain");
  }
  const one = /^\/v1\/books\/([^/]+)$/.exec(path);
  if (request.method === "GET" && one) {
    const id = decodeURIComponent(one[1] ?? "");
    const book = catalogue.find((item) => item.id === id);
    return book
      ? send(response, 200, book)
      : send(response, 404, { error: `no book with id ${id}` }, problem);
  }
  if (request.method === "POST" && path === "/v1/orders") {
    const lines = toPlainJson(parseJson(body)) as { bookId: string; quantity: number }[];
    const total = lines.reduce(
      (sum, line) => sum + (catalogue.find((book) => book.id === line.bookId)?.price ?? 0) * line.quantity,
      0,
    );
    return send(response, 200, { total });
  }
  if (request.method === "GET" && path === "/v1/reports/sales") {
    return send(response, 500, "Internal error: the sales database is unavailable", "text/plain");
  }
  if (request.method === "GET" && path === "/v1/inventory/slow-count") {
    setTimeout(() => send(response, 200, { count: catalogue.length }), 3000).unref();
    return;
  }
  send(response, 404, { error: `no route for ${request.method} ${path}` }, problem);
}
