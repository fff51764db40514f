import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Example,
  type FunnelCounts,
  runFiles,
  runStatsSchema,
  stringifyJson,
  type Tool,
} from "@apigen/core";

const weather: Tool = {
  name: "get_weather",
  description: "Current weather of a city.",
  category: "Weather",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
};
const quote: Tool = {
  name: "get_stock_quote",
  description: "Latest price of a stock.",
  category: "Finance",
  parameters: { type: "object", properties: { symbol: { type: "string" } }, required: ["symbol"] },
};
const call = (name: string, args: Record<string, string>) => ({ name, arguments: args });

/** Rows of every style, with provenance. */
export const runRows: Example[] = [
  {
    query: "Weather in Oslo?",
    tools: [weather],
    answers: [call("get_weather", { city: "Oslo" })],
    style: "simple",
    category: "Weather",
  },
  {
    query: "Quote IBM",
    tools: [quote, weather],
    answers: [call("get_stock_quote", { symbol: "IBM" })],
    style: "multiple",
    category: "Finance",
  },
  {
    query: "Weather in Rome and Lima",
    tools: [weather],
    answers: [call("get_weather", { city: "Rome" }), call("get_weather", { city: "Lima" })],
    style: "parallel",
    category: "Weather",
  },
  {
    query: "Quote SAP and the weather in Bonn",
    tools: [quote, weather],
    answers: [call("get_stock_quote", { symbol: "SAP" }), call("get_weather", { city: "Bonn" })],
    style: "parallel_multiple",
    category: "Finance",
  },
  {
    query: "Order a pizza",
    tools: [weather],
    answers: [],
    style: "no_call",
    category: "Weather",
    response: "I cannot order food with a weather tool.",
  },
  {
    query: "Quote a stock for me",
    tools: [quote],
    answers: [],
    style: "missing_argument",
    category: "Finance",
    response: "Which stock symbol?",
  },
  {
    query: "Weather in Kyiv?",
    tools: [weather],
    answers: [call("get_weather", { city: "Kyiv" })],
    style: "simple",
    category: "Weather",
  },
  {
    query: "Quote NVDA",
    tools: [quote],
    answers: [call("get_stock_quote", { symbol: "NVDA" })],
    style: "simple",
    category: "Finance",
  },
].map((row, index) => ({
  id: `r${index}`,
  ...(row as Omit<Example, "id">),
  provenance: {
    generatorModel: "gen-small",
    judgeModel: "judge-large",
    promptId: "p1",
    seed: index,
    verdicts: [{ stage: "format", pass: true, reason: "ok" }],
    executions: row.answers.map((answer, position) => ({
      call: position,
      name: answer.name,
      status: "ok" as const,
    })),
    createdAt: "2026-01-01T00:00:00Z",
  },
}));

const funnel = (accepted: number, failed = 0): FunnelCounts => ({
  generated: accepted + failed,
  accepted,
  failed: { format: failed, execution: 0, semantic: 0, duplicate: 0 },
  passRate: accepted / (accepted + failed),
  reasons: failed > 0 ? { "format/invalid_json": failed } : {},
});

/** Writes a run directory (`accepted.jsonl`, `stats.json`) with {@link runRows}. */
export async function writeRunDir(dir: string, rows: readonly Example[] = runRows): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, runFiles.accepted), rows.map((row) => `${stringifyJson(row)}\n`).join(""));
  const stats = runStatsSchema.parse({
    status: "completed",
    target: { total: 10, byStyle: {} },
    funnel: funnel(rows.length, 2),
    byStyle: {
      simple: funnel(3),
      multiple: funnel(1),
      parallel: funnel(1),
      parallel_multiple: funnel(1),
      no_call: funnel(1),
      missing_argument: funnel(1),
    },
    byCategory: { Weather: funnel(4), Finance: funnel(4) },
    byTool: {},
    byPrompt: {},
    usage: {
      generator: {
        model: "gen-small",
        calls: 3,
        inputTokens: 10,
        outputTokens: 10,
        cacheHits: 0,
        retries: 0,
      },
    },
    sources: ["builtin: weather, finance"],
    seed: 3,
    settings: {},
    timing: {
      startedAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:01:00Z",
      wallMs: 60000,
      rowsPerMinute: 8,
    },
  });
  await writeFile(join(dir, runFiles.stats), stringifyJson(stats, { indent: 2 }));
  return dir;
}
