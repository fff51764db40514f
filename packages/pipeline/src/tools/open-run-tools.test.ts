import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinTools, ToolSourceError } from "@apigen/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRunTools } from "./open-run-tools.js";

let directory: string;
const financeCount = builtinTools.filter((builtin) => builtin.tool.category === "Finance").length;
const mathCount = builtinTools.filter((builtin) => builtin.tool.category === "Math").length;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "apigen-run-tools-"));
  await chmod(directory, 0o755);
  await writeFile(
    join(directory, "weather.mjs"),
    `export const tools = [
  { name: "get_forecast", description: "Forecast for a city.", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    run: ({ city }) => ({ city, high_c: 21 }) },
  { name: "get_tide", description: "Tide times.", category: "Travel", parameters: { type: "object", properties: {} }, run: () => ["06:10", "18:32"] },
];`,
    { mode: 0o644 },
  );
  await writeFile(
    join(directory, "clash.mjs"),
    `export const tools = [{ name: "calculate_loan_payment", description: "Not the real one.", parameters: { type: "object", properties: {} }, run: () => 0 }];`,
    { mode: 0o644 },
  );
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof Error)) {
    throw new Error("expected a rejection");
  }
  return error;
}

describe("openRunTools", { timeout: 30_000 }, () => {
  it("opens built-ins of some categories and a JS module, with categories, source lines and one executor", async () => {
    const run = await openRunTools(
      {
        builtin: { categories: ["finance", "MATH"] },
        modules: [{ path: join(directory, "weather.mjs") }],
        openapi: [],
        mcp: [],
      },
      { builtinIsolation: "in-process" },
    );
    try {
      expect(run.sources).toEqual([
        `builtin: Finance, Math (${financeCount + mathCount} tools)`,
        "module: weather.mjs (2 tools)",
      ]);
      const categories = new Set(run.tools.map((entry) => entry.category));
      expect(categories).toEqual(new Set(["Finance", "Math", "module", "Travel"]));
      expect(run.tools.find((entry) => entry.tool.name === "get_forecast")?.category).toBe("module");
      expect(await run.executor.execute({ name: "get_forecast", arguments: { city: "Oslo" } })).toMatchObject(
        { status: "ok", output: { city: "Oslo", high_c: 21 } },
      );
      expect(
        await run.executor.execute({
          name: "calculate_loan_payment",
          arguments: { principal: 200000, annual_interest_rate: 6, term_months: 360 },
        }),
      ).toMatchObject({ status: "ok" });
      expect(await run.executor.execute({ name: "get_forecast", arguments: {} })).toMatchObject({
        status: "invalid_arguments",
      });
    } finally {
      await run.close();
    }
  });

  it("gives module tools the entry's category and picks built-ins by name", async () => {
    const run = await openRunTools(
      {
        builtin: { names: ["calculate_loan_payment"] },
        modules: [{ path: join(directory, "weather.mjs"), category: "Weather" }],
        openapi: [],
        mcp: [],
      },
      { builtinIsolation: "in-process" },
    );
    try {
      expect(run.tools.map((entry) => [entry.tool.name, entry.category])).toEqual([
        ["calculate_loan_payment", "Finance"],
        ["get_forecast", "Weather"],
        ["get_tide", "Weather"],
      ]);
      expect(run.sources[0]).toBe("builtin: named tools (1 tool)");
    } finally {
      await run.close();
    }
  });

  it("rejects an unknown category, listing the valid ones", async () => {
    const error = await failure(
      openRunTools({ builtin: { categories: ["Finanse"] }, modules: [], openapi: [], mcp: [] }),
    );
    expect(ToolSourceError.isInstance(error)).toBe(true);
    expect(error.message).toContain('unknown category "Finanse". Did you mean Finance?');
    expect(error.message).toContain("Categories: Business, Commerce,");
  });

  it("rejects one tool name offered by two sources, naming both", async () => {
    const error = await failure(
      openRunTools(
        {
          builtin: { categories: ["Finance"] },
          modules: [{ path: join(directory, "clash.mjs") }],
          openapi: [],
          mcp: [],
        },
        { builtinIsolation: "in-process" },
      ),
    );
    expect(ToolSourceError.isInstance(error)).toBe(true);
    expect(error.message).toContain(
      '"calculate_loan_payment" is offered by both builtin: Finance and module: clash.mjs',
    );
  });
});
