import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JsonFloat, parseJson, stringifyJson, type Tool } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { createToolExecutor } from "../../executor/create-tool-executor.js";
import { createArgumentValidator } from "../../validation/create-argument-validator.js";
import { type BookshopServer, startBookshopServer } from "./__fixtures__/bookshop-server.js";
import { createOpenApiSource } from "./create-openapi-source.js";
import { OpenApiDocumentError } from "./openapi-document-error.js";

const documentPath = fileURLToPath(new URL("./__fixtures__/bookshop.openapi.yaml", import.meta.url));
const limits = { timeoutMs: 2000 };

let server: BookshopServer;
let scratch: string;

beforeAll(async () => {
  server = await startBookshopServer();
  scratch = await mkdtemp(join(tmpdir(), "apigen-openapi-"));
});

afterAll(async () => {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

function bookshop(options: { headers?: Record<string, string> } = {}) {
  return createOpenApiSource({
    document: documentPath,
    baseUrl: server.baseUrl,
    category: "Commerce",
    ...options,
  });
}

function byName(tools: Tool[], name: string): Tool {
  const tool = tools.find((item) => item.name === name);
  if (tool === undefined) {
    throw new Error(`no tool ${name} among ${tools.map((item) => item.name).join(", ")}`);
  }
  return tool;
}

describe("createOpenApiSource: tools from the document", () => {
  it("turns every operation into a snake_case tool, with a method_path name where operationId is missing", async () => {
    const tools = await bookshop().listTools();
    expect(tools.map((tool) => tool.name)).toEqual([
      "search_books",
      "add_book",
      "get_book_by_id",
      "get_books_book_id_reviews",
      "place_order",
      "sales_report",
      "count_inventory_slowly",
    ]);
    expect(tools.every((tool) => tool.category === "Commerce")).toBe(true);
    expect(byName(tools, "search_books").source).toEqual({ kind: "openapi", ref: documentPath });
    expect(byName(tools, "search_books").description).toBe(
      "Search the catalogue\n\nBooks matching every filter given, cheapest first.",
    );
    expect(byName(tools, "get_books_book_id_reviews").description).toBe("GET /books/{bookId}/reviews");
  });

  it("gives query, header and path parameters their schemas, with $refs resolved and 3.0 keywords rewritten", async () => {
    const tools = await bookshop().listTools();
    expect(byName(tools, "search_books").parameters).toEqual({
      type: "object",
      properties: {
        genre: {
          type: "array",
          items: { type: "string", enum: ["fantasy", "sci-fi", "history", "poetry"] },
          description: "Genres to include (any of them).",
        },
        max_price: { type: "number", exclusiveMinimum: 0 },
        limit: { type: "integer", minimum: 1, maximum: 50, default: 10 },
        "X-Request-Id": { type: "string", description: "An id the server echoes in its logs." },
      },
      required: [],
      additionalProperties: false,
    });
    expect(byName(tools, "get_book_by_id").parameters).toEqual({
      type: "object",
      properties: { bookId: { type: "string", description: "The book's id." } },
      required: ["bookId"],
      additionalProperties: false,
    });
  });

  it("flattens an object body into arguments, leaving out readOnly fields, and keeps an array body whole", async () => {
    const tools = await bookshop().listTools();
    const addBook = byName(tools, "add_book").parameters;
    expect(Object.keys(addBook.properties ?? {})).toEqual([
      "title",
      "subtitle",
      "author",
      "genre",
      "price",
      "tags",
    ]);
    expect(addBook.required).toEqual(["title", "author", "price"]);
    expect(addBook.properties?.subtitle).toEqual({ type: ["string", "null"] });
    expect(addBook.properties?.title).toEqual({ type: "string", examples: ["Dune"] });
    const placeOrder = byName(tools, "place_order").parameters;
    expect(placeOrder.required).toEqual(["body"]);
    expect(placeOrder.properties?.body).toMatchObject({
      type: "array",
      minItems: 1,
      description: "The order lines.",
      items: { type: "object", required: ["bookId", "quantity"] },
    });
  });

  it("takes returns from the 200 or 201 JSON response, readOnly fields included", async () => {
    const tools = await bookshop().listTools();
    expect(byName(tools, "add_book").returns?.required).toEqual(["id", "title", "author", "price"]);
    expect(byName(tools, "search_books").returns).toMatchObject({ type: "array", items: { type: "object" } });
    expect(byName(tools, "get_books_book_id_reviews").returns).toBeUndefined();
  });

  it("keeps only the operations the filter accepts", async () => {
    const source = createOpenApiSource({
      document: documentPath,
      operationFilter: ({ tags, method }) => tags.includes("orders") && method === "post",
    });
    expect((await source.listTools()).map((tool) => tool.name)).toEqual(["place_order"]);
  });
});

describe("createOpenApiSource: calls are HTTP requests", () => {
  it("serialises query arrays as repeated keys and sends header parameters", async () => {
    const source = bookshop();
    const outcome = await source.call(
      {
        name: "search_books",
        arguments: { genre: ["fantasy", "sci-fi"], max_price: 20, "X-Request-Id": "r-42" },
      },
      limits,
    );
    const request = server.received.at(-1);
    expect(request?.method).toBe("GET");
    expect(request?.url).toBe("/v1/books?genre=fantasy&genre=sci-fi&max_price=20");
    expect(request?.headers["x-request-id"]).toBe("r-42");
    expect(outcome).toMatchObject({
      status: "ok",
      output: [
        { id: "b2", title: "The Hobbit", price: 9 },
        { id: "b1", title: "Dune", price: 12.5 },
      ],
    });
  });

  it("percent-encodes path parameters and reports a 404 as a tool_error with the body's excerpt", async () => {
    const outcome = await bookshop().call(
      { name: "get_book_by_id", arguments: { bookId: "dune/1 ü?" } },
      limits,
    );
    expect(server.received.at(-1)?.url).toBe("/v1/books/dune%2F1%20%C3%BC%3F");
    expect(outcome.status).toBe("tool_error");
    expect(outcome).toMatchObject({
      message: expect.stringMatching(
        /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/books\/.* answered HTTP 404: .*no book with id dune\/1 ü\?/,
      ),
      output: { error: "no book with id dune/1 ü?" },
    });
  });

  it("sends a flattened body as JSON, keeping whole-valued floats, and returns the 201 answer", async () => {
    const outcome = await bookshop().call(
      {
        name: "add_book",
        arguments: {
          title: "Kindred",
          author: "Octavia E. Butler",
          price: new JsonFloat(10),
          tags: ["classic"],
        },
      },
      limits,
    );
    const request = server.received.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v1/books");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.body).toBe(
      '{"title":"Kindred","author":"Octavia E. Butler","price":10.0,"tags":["classic"]}',
    );
    expect(outcome).toMatchObject({ status: "ok", output: { id: "b5", title: "Kindred", price: 10 } });
  });

  it("sends a whole array body", async () => {
    const outcome = await bookshop().call(
      {
        name: "place_order",
        arguments: {
          body: [
            { bookId: "b1", quantity: 2 },
            { bookId: "b3", quantity: 1 },
          ],
        },
      },
      limits,
    );
    expect(parseJson(server.received.at(-1)?.body ?? "")).toEqual([
      { bookId: "b1", quantity: 2 },
      { bookId: "b3", quantity: 1 },
    ]);
    expect(outcome).toMatchObject({ status: "ok", output: { total: 43 } });
  });

  it("classifies 400 and 422 as invalid_arguments and 500 as tool_error", async () => {
    const source = bookshop();
    const badLimit = await source.call({ name: "search_books", arguments: { limit: 0 } }, limits);
    expect(badLimit).toMatchObject({
      status: "invalid_arguments",
      message: expect.stringContaining('HTTP 400: {"error":"limit must be between 1 and 50"}'),
      output: { error: "limit must be between 1 and 50" },
    });
    const badPrice = await source.call(
      { name: "add_book", arguments: { title: "X", author: "Y", price: -1 } },
      limits,
    );
    expect(badPrice).toMatchObject({
      status: "invalid_arguments",
      message: expect.stringContaining("HTTP 422"),
    });
    const broken = await source.call({ name: "sales_report", arguments: {} }, limits);
    expect(broken).toMatchObject({
      status: "tool_error",
      message: expect.stringContaining("HTTP 500: Internal error: the sales database is unavailable"),
    });
    expect(broken).not.toHaveProperty("output");
  });

  it("returns a text answer as a string", async () => {
    const outcome = await bookshop().call(
      { name: "get_books_book_id_reviews", arguments: { bookId: "b2" } },
      limits,
    );
    expect(outcome).toMatchObject({ status: "ok", output: "No reviews yet for b2." });
  });

  it("answers timeout past the limit, and when the caller aborts", async () => {
    const source = bookshop();
    const started = performance.now();
    const slow = await source.call({ name: "count_inventory_slowly", arguments: {} }, { timeoutMs: 150 });
    expect(slow).toMatchObject({ status: "timeout", message: expect.stringContaining("within 150 ms") });
    expect(performance.now() - started).toBeLessThan(2500);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await source.call(
      { name: "count_inventory_slowly", arguments: {} },
      { timeoutMs: 5000, abortSignal: controller.signal },
    );
    expect(aborted).toMatchObject({ status: "timeout", message: expect.stringContaining("aborted") });
  });

  it("says the server is down when the connection is refused", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const source = createOpenApiSource({ document: documentPath, baseUrl: `http://127.0.0.1:${port}/v1` });
    const outcome = await source.call({ name: "sales_report", arguments: {} }, limits);
    expect(outcome).toMatchObject({
      status: "tool_error",
      message: `server down at http://127.0.0.1:${port} (ECONNREFUSED) for GET http://127.0.0.1:${port}/v1/reports/sales`,
    });
  });

  it("sends the configured headers but never writes them into messages", async () => {
    const source = bookshop({ headers: { Authorization: "Bearer s3cr3t-token" } });
    const outcome = await source.call({ name: "get_book_by_id", arguments: { bookId: "missing" } }, limits);
    expect(server.received.at(-1)?.headers.authorization).toBe("Bearer s3cr3t-token");
    expect(stringifyJson(outcome)).not.toContain("s3cr3t");
  });

  it("answers unknown_tool for a name the document does not have", async () => {
    const outcome = await bookshop().call({ name: "delete_everything", arguments: {} }, limits);
    expect(outcome).toMatchObject({
      status: "unknown_tool",
      message: expect.stringContaining("delete_everything"),
    });
  });
});

describe("createOpenApiSource: through the executor", () => {
  it("derives schemas a strict JSON Schema validator compiles", async () => {
    const validator = createArgumentValidator({ strict: true });
    for (const tool of await bookshop().listTools()) {
      expect(() => validator.compile(tool.parameters)).not.toThrow();
      if (tool.returns !== undefined) {
        expect(() => validator.compile(tool.returns ?? {})).not.toThrow();
      }
    }
  });

  it("rejects arguments that break the derived schema before any request is sent", async () => {
    const executor = createToolExecutor({ sources: [bookshop()], timeoutMs: 2000 });
    try {
      const before = server.received.length;
      const outcome = await executor.execute({ name: "search_books", arguments: { genre: ["cookery"] } });
      expect(outcome.status).toBe("invalid_arguments");
      expect(server.received.length).toBe(before);
      expect(await executor.execute({ name: "get_book_by_id", arguments: { bookId: "b1" } })).toMatchObject({
        status: "ok",
        output: { title: "Dune" },
      });
    } finally {
      await executor.close();
    }
  });
});

describe("createOpenApiSource: documents", () => {
  it("reads a JSON document and calls the server it names, with server variables filled in", async () => {
    const document = parseYaml(await readFile(documentPath, "utf8")) as {
      servers: { variables: { port: { default: string } } }[];
    };
    const [first] = document.servers;
    if (first) {
      first.variables.port.default = String(server.port);
    }
    const path = join(scratch, "bookshop.json");
    await writeFile(path, stringifyJson(document, { indent: 2 }));
    const fromFile = createOpenApiSource({ document: path });
    expect(
      await fromFile.call({ name: "get_book_by_id", arguments: { bookId: "b3" } }, limits),
    ).toMatchObject({
      status: "ok",
      output: { title: "SPQR" },
    });
    const fromObject = createOpenApiSource({ document });
    expect((await fromObject.listTools()).map((tool) => tool.source)).toContainEqual({ kind: "openapi" });
  });

  it("asks for baseUrl when the document's server URL is relative", async () => {
    const source = createOpenApiSource({
      document: {
        openapi: "3.1.0",
        servers: [{ url: "/api" }],
        paths: { "/ping": { get: { operationId: "ping" } } },
      },
    });
    expect(await source.call({ name: "ping", arguments: {} }, limits)).toMatchObject({
      status: "tool_error",
      message: expect.stringContaining('servers[0].url is "/api"); pass baseUrl'),
    });
  });

  it("rejects documents it cannot use with an OpenApiDocumentError naming the place", async () => {
    const swagger = createOpenApiSource({ document: { swagger: "2.0", paths: {} } });
    await expect(swagger.listTools()).rejects.toThrow("expected OpenAPI 3.0 or 3.1, found Swagger 2.0");
    const remote = createOpenApiSource({
      document: {
        openapi: "3.0.0",
        paths: { "/x": { get: { parameters: [{ $ref: "https://example.com/p.yaml#/Id" }] } } },
      },
    });
    const error = await remote.listTools().catch((caught: unknown) => caught);
    expect(OpenApiDocumentError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ pointer: "#/paths/~1x/get/parameters/0" });
    const missing = createOpenApiSource({ document: join(scratch, "nope.yaml") });
    await expect(missing.listTools()).rejects.toThrow(/nope\.yaml: cannot read the file/);
    expect(await missing.call({ name: "x", arguments: {} }, limits)).toMatchObject({ status: "tool_error" });
    await expect(
      createOpenApiSource({ document: "https://example.com/openapi.json" }).listTools(),
    ).rejects.toThrow(TypeError);
  });

  it("inlines recursive schemas once and says where the recursion is", async () => {
    const source = createOpenApiSource({
      document: {
        openapi: "3.1.0",
        paths: {
          "/categories": {
            post: {
              operationId: "createCategory",
              requestBody: {
                content: { "application/json": { schema: { $ref: "#/components/schemas/Category" } } },
              },
            },
          },
        },
        components: {
          schemas: {
            Category: {
              type: "object",
              properties: {
                name: { type: "string" },
                children: { type: "array", items: { $ref: "#/components/schemas/Category" } },
              },
            },
          },
        },
      },
    });
    const [tool] = await source.listTools();
    expect(tool?.parameters.properties?.children).toEqual({
      type: "array",
      items: { description: "(recursive reference to Category)" },
    });
  });
});
