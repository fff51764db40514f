import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Example,
  type FunnelCounts,
  type RunStats,
  runFiles,
  runStatsSchema,
  stringifyJson,
  type Tool,
} from "@apigen/core";

const tool = (
  name: string,
  category: string,
  properties: Tool["parameters"]["properties"],
  required: string[],
) =>
  ({
    name,
    description: `The ${name.replaceAll("_", " ")} tool.`,
    category,
    parameters: { type: "object", properties, required },
  }) satisfies Tool;

export const quoteTool = tool("get_stock_quote", "Finance", { symbol: { type: "string" } }, ["symbol"]);
export const weatherTool = tool(
  "get_weather",
  "Weather",
  { city: { type: "string" }, unit: { type: "string", enum: ["c", "f"], default: "c" } },
  ["city"],
);
export const currencyTool = tool(
  "convert_currency",
  "Finance",
  { amount: { type: "number" }, from: { type: "string" }, to: { type: "string" } },
  ["amount", "from", "to"],
);
export const addTool = tool("add_numbers", "Math", { a: { type: "integer" }, b: { type: "integer" } }, [
  "a",
  "b",
]);

const provenance = (index: number, answers: Example["answers"]): Example["provenance"] => ({
  generatorModel: "gen-model-7b",
  judgeModel: "judge-model-70b",
  promptId: index % 2 === 0 ? "concise" : "casual",
  seed: 1000 + index,
  verdicts: [
    { stage: "format", pass: true, reason: "ok" },
    { stage: "execution", pass: true, reason: "ok" },
    { stage: "semantic", pass: true, reason: "ok", detail: "the calls serve the query" },
  ],
  executions: answers.map((call, position) => ({
    call: position,
    name: call.name,
    status: "ok",
    output: { value: index },
  })),
  createdAt: `2026-01-01T00:00:${String(index).padStart(2, "0")}Z`,
});

/** Rows of every style, with near-duplicate queries (same text after normalisation) on purpose. */
export function testExamples(): Example[] {
  const rows: Array<Omit<Example, "provenance">> = [
    {
      query: "Quote AAPL for me.",
      tools: [quoteTool],
      answers: [{ name: "get_stock_quote", arguments: { symbol: "AAPL" } }],
      style: "simple",
      category: "Finance",
    },
    {
      query: "quote aapl for me",
      tools: [quoteTool],
      answers: [{ name: "get_stock_quote", arguments: { symbol: "AAPL" } }],
      style: "simple",
      category: "Finance",
    },
    {
      query: "What's the weather in Paris?",
      tools: [weatherTool],
      answers: [{ name: "get_weather", arguments: { city: "Paris" } }],
      style: "simple",
      category: "Weather",
    },
    {
      query: "Convert 100 USD to EUR",
      tools: [currencyTool, weatherTool],
      answers: [{ name: "convert_currency", arguments: { amount: 100, from: "USD", to: "EUR" } }],
      style: "multiple",
      category: "Finance",
    },
    {
      query: "Add 2 and 3",
      tools: [addTool, quoteTool],
      answers: [{ name: "add_numbers", arguments: { a: 2, b: 3 } }],
      style: "multiple",
      category: "Math",
    },
    {
      query: "Weather in Oslo and in Rome, in fahrenheit",
      tools: [weatherTool],
      answers: [
        { name: "get_weather", arguments: { city: "Oslo", unit: "f" } },
        { name: "get_weather", arguments: { city: "Rome", unit: "f" } },
      ],
      style: "parallel",
      category: "Weather",
    },
    {
      query: "Quote MSFT and convert 5 GBP to JPY",
      tools: [quoteTool, currencyTool],
      answers: [
        { name: "get_stock_quote", arguments: { symbol: "MSFT" } },
        { name: "convert_currency", arguments: { amount: 5, from: "GBP", to: "JPY" } },
      ],
      style: "parallel_multiple",
      category: "Finance",
    },
    {
      query: "Book me a flight to Lima",
      tools: [weatherTool],
      answers: [],
      style: "no_call",
      category: "Weather",
      response: "I cannot book flights: the only tool here reports the weather.",
    },
    {
      query: "Convert some dollars to euros",
      tools: [currencyTool],
      answers: [],
      style: "missing_argument",
      category: "Finance",
      response: "How many dollars should I convert?",
    },
    {
      query: "Add 40 and 2",
      tools: [addTool],
      answers: [{ name: "add_numbers", arguments: { a: 40, b: 2 } }],
      style: "simple",
      category: "Math",
    },
    {
      query: "Add 7 and 8, then 1 and 1",
      tools: [addTool],
      answers: [
        { name: "add_numbers", arguments: { a: 7, b: 8 } },
        { name: "add_numbers", arguments: { a: 1, b: 1 } },
      ],
      style: "parallel",
      category: "Math",
    },
    {
      query: "What is the weather in Paris",
      tools: [weatherTool],
      answers: [{ name: "get_weather", arguments: { city: "Paris" } }],
      style: "simple",
      category: "Weather",
    },
  ];
  return rows.map((row, index) => ({
    id: `row-${index}`,
    ...row,
    provenance: provenance(index, row.answers),
  }));
}

const funnel = (accepted: number, failed: Partial<FunnelCounts["failed"]> = {}): FunnelCounts => {
  const all = { format: 0, execution: 0, semantic: 0, duplicate: 0, ...failed };
  const generated = accepted + all.format + all.execution + all.semantic + all.duplicate;
  return {
    generated,
    accepted,
    failed: all,
    passRate: generated === 0 ? 0 : accepted / generated,
    reasons: {
      ...(all.format > 0 ? { "format/unknown_tool": all.format } : {}),
      ...(all.execution > 0 ? { "execution/tool_error": all.execution } : {}),
      ...(all.semantic > 0 ? { "semantic/judge_rejected": all.semantic } : {}),
    },
  };
};

/** A `stats.json` that agrees with {@link testExamples}. */
export function testStats(examples: readonly Example[] = testExamples()): RunStats {
  const count = (key: (example: Example) => string) => {
    const counts: Record<string, FunnelCounts> = {};
    const tally = new Map<string, number>();
    for (const example of examples) {
      tally.set(key(example), (tally.get(key(example)) ?? 0) + 1);
    }
    for (const [name, accepted] of tally) {
      counts[name] = funnel(accepted, { execution: 1 });
    }
    return counts;
  };
  return runStatsSchema.parse({
    status: "completed",
    target: { total: 20, byStyle: { simple: 5 } },
    funnel: funnel(examples.length, { format: 3, execution: 5, semantic: 2, duplicate: 1 }),
    byStyle: count((example) => example.style),
    byCategory: count((example) => example.category ?? "uncategorized"),
    byTool: {},
    byPrompt: {},
    usage: {
      generator: {
        model: "gen-model-7b",
        calls: 10,
        inputTokens: 1000,
        outputTokens: 500,
        cacheHits: 0,
        retries: 0,
      },
      judge: {
        model: "judge-model-70b",
        calls: 12,
        inputTokens: 900,
        outputTokens: 100,
        cacheHits: 0,
        retries: 0,
      },
    },
    sources: ["builtin: finance, weather, math (4 tools)"],
    seed: 7,
    settings: { "sampler.tools": "1-3", "stage3.judge": true, temperature: 0.7 },
    timing: {
      startedAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:10:00Z",
      wallMs: 600000,
      rowsPerMinute: 1.2,
    },
  });
}

/** Writes a run directory: `accepted.jsonl` and `stats.json`. */
export async function writeTestRun(
  dir: string,
  examples: readonly Example[] = testExamples(),
): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, runFiles.accepted),
    examples.map((example) => `${stringifyJson(example)}\n`).join(""),
  );
  await writeFile(join(dir, runFiles.stats), `${stringifyJson(testStats(examples), { indent: 2 })}\n`);
  return dir;
}
