import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringifyJson } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArgumentValidator } from "../../validation/create-argument-validator.js";
import { createMcpSource, type McpToolSource } from "./create-mcp-source.js";
import { McpConnectionError } from "./mcp-connection-error.js";

const require = createRequire(import.meta.url);
const packageScript = (name: string) =>
  join(dirname(require.resolve(`@modelcontextprotocol/${name}/package.json`)), "dist", "index.js");
const everythingScript = packageScript("server-everything");
const memoryScript = packageScript("server-memory");
const limits = { timeoutMs: 10_000 };

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "apigen-mcp-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("createMcpSource over stdio: server-everything", () => {
  let source: McpToolSource;
  beforeAll(() => {
    process.env.APIGEN_TEST_PARENT_SECRET = "parent-secret-value";
    source = createMcpSource({
      transport: { kind: "stdio", command: process.execPath, args: [everythingScript, "stdio"] },
      name: "everything",
      category: "Tools",
    });
  });
  afterAll(async () => {
    delete process.env.APIGEN_TEST_PARENT_SECRET;
    await source.close();
  });

  it("maps the server's tools: inputSchema to parameters, outputSchema to returns, annotations kept aside", async () => {
    const tools = await source.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining(["echo", "get-sum", "get-structured-content", "get-tiny-image"]),
    );
    const sum = tools.find((tool) => tool.name === "get-sum");
    expect(sum).toMatchObject({
      description: "Returns the sum of two numbers",
      category: "Tools",
      source: { kind: "mcp", ref: "everything" },
      parameters: {
        type: "object",
        properties: { a: { type: "number", description: "First number" }, b: { type: "number" } },
        required: ["a", "b"],
      },
    });
    expect(sum?.parameters).not.toHaveProperty("$schema");
    expect(sum?.returns).toBeUndefined();
    const weather = tools.find((tool) => tool.name === "get-structured-content");
    expect(weather?.returns).toMatchObject({
      type: "object",
      properties: { temperature: { type: "number" } },
    });
    const validator = createArgumentValidator();
    for (const tool of tools) {
      expect(() => validator.compile(tool.parameters)).not.toThrow();
      expect(() => validator.compile(tool.returns ?? {})).not.toThrow();
    }
    const details = await source.listToolDetails();
    expect(details.find((detail) => detail.tool.name === "echo")).toMatchObject({
      title: "Echo Tool",
      annotations: { readOnlyHint: true, destructiveHint: false },
    });
  });

  it("returns text content as a string and structured content as an object", async () => {
    expect(await source.call({ name: "echo", arguments: { message: "héllo" } }, limits)).toMatchObject({
      status: "ok",
      output: "Echo: héllo",
    });
    expect(await source.call({ name: "get-sum", arguments: { a: 2, b: 3.5 } }, limits)).toMatchObject({
      status: "ok",
      output: "The sum of 2 and 3.5 is 5.5.",
    });
    expect(
      await source.call({ name: "get-structured-content", arguments: { location: "Chicago" } }, limits),
    ).toMatchObject({
      status: "ok",
      output: { temperature: 36, conditions: "Light rain / drizzle", humidity: 82 },
    });
  });

  it("describes images and resources instead of inlining their data", async () => {
    const image = await source.call({ name: "get-tiny-image", arguments: {} }, limits);
    expect(image).toMatchObject({
      status: "ok",
      output: [
        "Here's the image you requested:",
        { type: "image", mimeType: "image/png", bytes: expect.any(Number) },
        "The image above is the MCP logo.",
      ],
    });
    expect(stringifyJson(image).length).toBeLessThan(400);
    const reference = await source.call(
      { name: "get-resource-reference", arguments: { resourceType: "Blob", resourceId: 2 } },
      limits,
    );
    expect(reference.status).toBe("ok");
    expect(
      reference.status === "ok" && Array.isArray(reference.output) ? reference.output[1] : undefined,
    ).toMatchObject({
      type: "resource",
      uri: expect.stringContaining("2"),
      bytes: expect.any(Number),
    });
  });

  it("parses JSON text, and passes the server no more of our environment than the SDK's safe list", async () => {
    const outcome = await source.call({ name: "get-env", arguments: {} }, limits);
    expect(outcome).toMatchObject({
      status: "ok",
      output: expect.objectContaining({ PATH: expect.any(String) }),
    });
    expect(stringifyJson(outcome)).not.toContain("parent-secret-value");
  });

  it("classifies arguments the server rejects as invalid_arguments and unknown names as unknown_tool", async () => {
    const outcome = await source.call({ name: "get-sum", arguments: { a: "two", b: 3 } }, limits);
    expect(outcome).toMatchObject({
      status: "invalid_arguments",
      message: expect.stringContaining("Input validation error"),
    });
    expect(await source.call({ name: "no-such-tool", arguments: {} }, limits)).toMatchObject({
      status: "unknown_tool",
    });
  });

  it("answers timeout past the limit and keeps the connection for the next call", async () => {
    const started = performance.now();
    const outcome = await source.call(
      { name: "trigger-long-running-operation", arguments: { duration: 5, steps: 5 } },
      { timeoutMs: 300 },
    );
    expect(outcome).toMatchObject({ status: "timeout", message: expect.stringContaining("within 300 ms") });
    expect(performance.now() - started).toBeLessThan(3000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await source.call(
      { name: "trigger-long-running-operation", arguments: { duration: 5, steps: 5 } },
      { timeoutMs: 5000, abortSignal: controller.signal },
    );
    expect(aborted).toMatchObject({ status: "timeout", message: expect.stringContaining("aborted") });
    expect(await source.call({ name: "echo", arguments: { message: "still here" } }, limits)).toMatchObject({
      status: "ok",
      output: "Echo: still here",
    });
  });
});

describe("createMcpSource over stdio: server-memory", () => {
  let source: McpToolSource;
  let memoryFile: string;
  beforeAll(() => {
    memoryFile = join(scratch, "memory.jsonl");
    source = createMcpSource({
      transport: {
        kind: "stdio",
        command: process.execPath,
        args: [memoryScript],
        env: { MEMORY_FILE_PATH: memoryFile },
      },
      name: "memory",
    });
  });
  afterAll(async () => {
    await source.close();
  });

  it("reports a name the server does not have as unknown_tool", async () => {
    expect(await source.call({ name: "forget_everything", arguments: {} }, limits)).toMatchObject({
      status: "unknown_tool",
      message: expect.stringContaining("forget_everything"),
    });
  });

  it("creates entities, reads them back, and writes only the file it was given", async () => {
    const created = await source.call(
      {
        name: "create_entities",
        arguments: {
          entities: [
            { name: "Ada Lovelace", entityType: "person", observations: ["wrote the first program"] },
            { name: "Analytical Engine", entityType: "machine", observations: ["designed by Babbage"] },
          ],
        },
      },
      limits,
    );
    expect(created).toMatchObject({
      status: "ok",
      output: { entities: [{ name: "Ada Lovelace" }, { name: "Analytical Engine" }] },
    });
    await source.call(
      {
        name: "create_relations",
        arguments: {
          relations: [{ from: "Ada Lovelace", to: "Analytical Engine", relationType: "programmed" }],
        },
      },
      limits,
    );
    const opened = await source.call({ name: "open_nodes", arguments: { names: ["Ada Lovelace"] } }, limits);
    expect(opened).toMatchObject({
      status: "ok",
      output: {
        entities: [{ name: "Ada Lovelace", entityType: "person", observations: ["wrote the first program"] }],
        relations: [{ from: "Ada Lovelace", to: "Analytical Engine", relationType: "programmed" }],
      },
    });
    expect(await readFile(memoryFile, "utf8")).toContain("Analytical Engine");
    const tools = await source.listTools();
    expect(tools.find((tool) => tool.name === "read_graph")?.returns).toMatchObject({
      properties: { entities: { type: "array" }, relations: { type: "array" } },
    });
  });
});

describe("createMcpSource over streamable HTTP: server-everything", () => {
  let server: ChildProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/mcp`;
    server = spawn(process.execPath, [everythingScript, "streamableHttp"], {
      env: { PATH: process.env.PATH ?? "", PORT: String(port) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    await new Promise<void>((resolve, reject) => {
      let text = "";
      server.stderr?.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
        if (text.includes("listening on port")) {
          resolve();
        }
      });
      server.once("exit", (code) => reject(new Error(`server-everything exited with ${code}: ${text}`)));
    });
  });
  afterAll(() => {
    server.kill();
  });

  it("lists and calls tools, sending the configured headers but never writing them into messages", async () => {
    const source = createMcpSource({
      transport: { kind: "http", url, headers: { authorization: "Bearer http-secret" } },
    });
    try {
      expect(source.name).toBe(`mcp:${new URL(url).host}`);
      expect((await source.listTools()).map((tool) => tool.name)).toContain("echo");
      expect(await source.call({ name: "echo", arguments: { message: "over http" } }, limits)).toMatchObject({
        status: "ok",
        output: "Echo: over http",
      });
      const failed = await source.call({ name: "get-sum", arguments: { a: "x" } }, limits);
      expect(failed.status).toBe("invalid_arguments");
      expect(stringifyJson(failed)).not.toContain("http-secret");
    } finally {
      await source.close();
    }
  });
});

describe("createMcpSource when the server fails", () => {
  it("answers crashed when the server dies during a call, then starts it again for the next", async () => {
    const script = join(scratch, "fragile-server.cjs");
    await writeFile(script, fragileServer(require.resolve("@modelcontextprotocol/sdk/server/index.js")));
    const source = createMcpSource({
      transport: { kind: "stdio", command: process.execPath, args: [script] },
    });
    try {
      const [first, concurrent] = await Promise.all([
        source.call({ name: "whoami", arguments: {} }, limits),
        source.call({ name: "whoami", arguments: {} }, limits),
      ]);
      expect(first).toMatchObject({ status: "ok", output: { pid: expect.any(Number) } });
      expect(concurrent).toEqual({ ...first, durationMs: expect.any(Number) });
      const crash = await source.call({ name: "crash", arguments: {} }, limits);
      expect(crash).toMatchObject({
        status: "crashed",
        message: expect.stringContaining("closed the connection during crash"),
      });
      const second = await source.call({ name: "whoami", arguments: {} }, limits);
      expect(second.status).toBe("ok");
      expect(second.status === "ok" && first.status === "ok" ? second.output : undefined).not.toEqual(
        first.output,
      );
    } finally {
      await source.close();
    }
  });

  it("throws McpConnectionError from listTools and answers crashed when the server cannot start", async () => {
    const missing = createMcpSource({
      transport: { kind: "stdio", command: join(scratch, "no-such-server") },
    });
    const error = await missing.listTools().catch((caught: unknown) => caught);
    expect(McpConnectionError.isInstance(error)).toBe(true);
    expect(await missing.call({ name: "x", arguments: {} }, limits)).toMatchObject({ status: "crashed" });
    const dying = createMcpSource({
      transport: {
        kind: "stdio",
        command: process.execPath,
        args: [
          "-e",
          "process.stderr.write('boom: token ' + process.env.SERVER_TOKEN + '\\n'); process.exit(3)",
        ],
        env: { SERVER_TOKEN: "tok-123456" },
      },
      name: "dying",
    });
    const dead = await dying.listTools().catch((caught: unknown) => caught);
    expect(dead).toMatchObject({
      name: "McpConnectionError",
      message: expect.stringContaining("boom: token [REDACTED]"),
    });
    expect(String(dead)).not.toContain("tok-123456");
    const refused = createMcpSource({
      transport: { kind: "http", url: `http://127.0.0.1:${await freePort()}/mcp` },
    });
    expect(await refused.call({ name: "echo", arguments: {} }, limits)).toMatchObject({
      status: "crashed",
      message: expect.stringContaining("could not reach http://127.0.0.1:"),
    });
  });

  it("rejects options it cannot use before starting anything", () => {
    expect(() => createMcpSource({ transport: { kind: "http", url: "not a url" } })).toThrow(TypeError);
    expect(() => createMcpSource({ transport: { kind: "stdio", command: " " } })).toThrow(TypeError);
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") {
    throw new Error("no port");
  }
  return address.port;
}

function fragileServer(sdkServerPath: string): string {
  const typesPath = join(dirname(sdkServerPath), "..", "types.js");
  const stdioPath = join(dirname(sdkServerPath), "stdio.js");
  return `
const { Server } = require(${JSON.stringify(sdkServerPath)});
const { StdioServerTransport } = require(${JSON.stringify(stdioPath)});
const { ListToolsRequestSchema, CallToolRequestSchema } = require(${JSON.stringify(typesPath)});
const server = new Server({ name: "fragile", version: "1.0.0" }, { capabilities: { tools: {} } });
const empty = { type: "object", properties: {} };
server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [{ name: "whoami", inputSchema: empty }, { name: "crash", inputSchema: empty }],
}));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  if (request.params.name === "crash") process.exit(3);
  return { content: [{ type: "text", text: JSON.stringify({ pid: process.pid }) }] };
});
server.connect(new StdioServerTransport());
`;
}
