import { chmod, cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToolExecutor } from "../../executor/create-tool-executor.js";
import { detectSandbox } from "../../sandbox/detect-sandbox.js";
import { createJsModuleSource } from "./create-js-module-source.js";

const moduleText = `
const token = Math.random();
export const tools = [
  {
    name: "add",
    description: "Add two numbers.",
    parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] },
    run: ({ a, b }) => ({ sum: a + b }),
  },
  {
    tool: { name: "shout", description: "Upper-case a text.", parameters: { type: "object", properties: { text: { type: "string" } } } },
    run: async ({ text }) => { console.log("noise on stdout"); return text.toUpperCase(); },
  },
  { name: "reject", description: "Always rejects.", parameters: { type: "object", properties: {} },
    run: () => { const error = new Error("n must be positive"); error.name = "ToolArgumentError"; throw error; } },
  { name: "fail", description: "Always fails.", parameters: { type: "object", properties: {} },
    run: () => { throw new Error("boom"); } },
  { name: "hang", description: "Never ends.", parameters: { type: "object", properties: {} }, run: () => { for (;;) {} } },
  { name: "die", description: "Exits.", parameters: { type: "object", properties: {} }, run: () => process.exit(3) },
  { name: "pid", description: "A token of this process.", parameters: { type: "object", properties: {} }, run: () => token },
  { name: "spin", description: "Busy for ms, then the process id.", parameters: { type: "object", properties: {} },
    run: ({ ms }) => { const end = Date.now() + ms; while (Date.now() < end) {} return token; } },
];
`;

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "apigen-js-module-"));
  await chmod(directory, 0o755);
  await writeFile(join(directory, "tools.mjs"), moduleText, { mode: 0o644 });
  await writeFile(
    join(directory, "tools.cjs"),
    `module.exports = { tools: [{ name: "twice", description: "Double.", parameters: { type: "object", properties: { n: { type: "integer" } } }, run: ({ n }) => n * 2 }] };`,
    { mode: 0o644 },
  );
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe.each(["warm", "per-call"] as const)("createJsModuleSource (%s)", { timeout: 30_000 }, (mode) => {
  const source = () => createJsModuleSource({ path: join(directory, "tools.mjs"), mode });

  it("lists the tools of both shapes and runs calls, classifying failures", async () => {
    const tools = source();
    try {
      expect((await tools.listTools()).map((tool) => tool.name)).toEqual([
        "add",
        "shout",
        "reject",
        "fail",
        "hang",
        "die",
        "pid",
        "spin",
      ]);
      expect(
        await tools.call({ name: "add", arguments: { a: 2, b: 3 } }, { timeoutMs: 5_000 }),
      ).toMatchObject({
        status: "ok",
        output: { sum: 5 },
      });
      expect(
        await tools.call({ name: "shout", arguments: { text: "hi" } }, { timeoutMs: 5_000 }),
      ).toMatchObject({
        status: "ok",
        output: "HI",
      });
      expect(await tools.call({ name: "reject", arguments: {} }, { timeoutMs: 5_000 })).toMatchObject({
        status: "invalid_arguments",
        message: "n must be positive",
      });
      expect(await tools.call({ name: "fail", arguments: {} }, { timeoutMs: 5_000 })).toMatchObject({
        status: "tool_error",
        message: "boom",
      });
      expect(await tools.call({ name: "hang", arguments: {} }, { timeoutMs: 300 })).toMatchObject({
        status: "timeout",
      });
      expect(await tools.call({ name: "die", arguments: {} }, { timeoutMs: 5_000 })).toMatchObject({
        status: "crashed",
      });
      expect(
        await tools.call({ name: "add", arguments: { a: 1, b: 1 } }, { timeoutMs: 5_000 }),
      ).toMatchObject({
        status: "ok",
        output: { sum: 2 },
      });
    } finally {
      await tools.close();
    }
  });
});

describe("createJsModuleSource", { timeout: 30_000 }, () => {
  it("keeps one process in warm mode and starts one per call otherwise", async () => {
    const warm = createJsModuleSource({ path: join(directory, "tools.mjs") });
    const perCall = createJsModuleSource({ path: join(directory, "tools.mjs"), mode: "per-call" });
    try {
      const pids = async (tools: typeof warm) => {
        const first = await tools.call({ name: "pid", arguments: {} }, { timeoutMs: 5_000 });
        const second = await tools.call({ name: "pid", arguments: {} }, { timeoutMs: 5_000 });
        return [first.status === "ok" ? first.output : "?", second.status === "ok" ? second.output : "?"];
      };
      const [warmFirst, warmSecond] = await pids(warm);
      expect(warmFirst).toBe(warmSecond);
      const [first, second] = await pids(perCall);
      expect(first).not.toBe(second);
    } finally {
      await warm.close();
      await perCall.close();
    }
  });

  it("still runs without any sandbox mechanism, and says so once through the logger", async () => {
    const warnings: string[] = [];
    const sandbox = detectSandbox({ disable: ["bwrap", "unshare", "prlimit"] });
    const source = createJsModuleSource({ path: join(directory, "tools.mjs"), sandbox });
    const executor = createToolExecutor({
      sources: [source],
      logger: { warn: (line) => warnings.push(line) },
    });
    try {
      expect(executor.protection?.kind).toBe("none");
      expect(warnings).toEqual([
        expect.stringMatching(/^Tool sandbox is not available: missing .*no-network/),
      ]);
      expect(await executor.execute({ name: "add", arguments: { a: 1, b: 2 } })).toMatchObject({
        status: "ok",
        output: { sum: 3 },
        resultBytes: 9,
      });
      expect(await executor.execute({ name: "hang", arguments: {} }, { timeoutMs: 200 })).toMatchObject({
        status: "timeout",
      });
    } finally {
      await executor.close();
    }
  });

  it("replaces a warm child before its busy time reaches half its CPU-time limit", async () => {
    const tools = createJsModuleSource({ path: join(directory, "tools.mjs"), limits: { cpuSeconds: 2 } });
    try {
      const tokens: unknown[] = [];
      for (let index = 0; index < 20 && new Set(tokens).size < 2; index++) {
        const outcome = await tools.call({ name: "spin", arguments: { ms: 100 } }, { timeoutMs: 5_000 });
        tokens.push(outcome.status === "ok" ? outcome.output : outcome.status);
      }
      expect(tokens[0]).toBe(tokens[1]);
      expect(new Set(tokens).size).toBe(2);
    } finally {
      await tools.close();
    }
  });

  it("answers crashed when the interpreter cannot start", async () => {
    const sandbox = detectSandbox({ disable: ["bwrap", "unshare", "prlimit"] });
    const tools = createJsModuleSource({
      path: join(directory, "tools.mjs"),
      node: "/nonexistent/node",
      sandbox,
    });
    try {
      expect(
        await tools.call({ name: "add", arguments: { a: 1, b: 2 } }, { timeoutMs: 5_000 }),
      ).toMatchObject({
        status: "crashed",
        message: expect.stringMatching(/\/nonexistent\/node.*(ENOENT|No such file)/),
      });
    } finally {
      await tools.close();
    }
  });

  it("loads TypeScript modules, types and all", async () => {
    await writeFile(
      join(directory, "typed.ts"),
      `import { total, type Order } from "./pricing.ts";
import { parse } from "yaml";
export const tools = [{ name: "order_total", description: "Total of an order.",
  parameters: { type: "object", properties: { quantity: { type: "integer" }, unitPrice: { type: "number" } } },
  run: (args: Order) => ({ total: total(args), parsed: parse("a: 1") }) }];
`,
      { mode: 0o644 },
    );
    await writeFile(
      join(directory, "pricing.ts"),
      "export interface Order { quantity: number; unitPrice: number }\nexport const total = ({ quantity, unitPrice }: Order): number => quantity * unitPrice;\n",
      { mode: 0o644 },
    );
    const yamlPackage = dirname(createRequire(import.meta.url).resolve("yaml/package.json"));
    await cp(yamlPackage, join(directory, "node_modules", "yaml"), { recursive: true });
    await chmod(join(directory, "node_modules"), 0o755);
    const tools = createJsModuleSource({ path: join(directory, "typed.ts") });
    try {
      expect((await tools.listTools()).map((tool) => tool.name)).toEqual(["order_total"]);
      expect(
        await tools.call(
          { name: "order_total", arguments: { quantity: 3, unitPrice: 2.5 } },
          { timeoutMs: 10_000 },
        ),
      ).toMatchObject({
        status: "ok",
        output: { total: 7.5, parsed: { a: 1 } },
      });
    } finally {
      await tools.close();
    }
  });

  it("loads CommonJS modules", async () => {
    const tools = createJsModuleSource({ path: join(directory, "tools.cjs") });
    try {
      expect(await tools.call({ name: "twice", arguments: { n: 21 } }, { timeoutMs: 5_000 })).toMatchObject({
        status: "ok",
        output: 42,
      });
    } finally {
      await tools.close();
    }
  });

  it("reports a module that does not load as a source error", async () => {
    await writeFile(join(directory, "broken.mjs"), "export const tools = 5;", { mode: 0o644 });
    const tools = createJsModuleSource({ path: join(directory, "broken.mjs") });
    try {
      await expect(tools.listTools()).rejects.toThrow(/exports no tools array/);
    } finally {
      await tools.close();
    }
  });
});
