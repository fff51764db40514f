import {
  createRandom,
  type JsonObject,
  type JsonSchema,
  jsonNumberValue,
  type Random,
  stringifyJson,
  type Tool,
} from "@apigen/core";
import { createBuiltinSource, createToolExecutor, findBuiltinTool } from "@apigen/tools";
import { verificationCorpus } from "../src/corpus/verification-corpus.js";
import { parseCandidates, summarizeFunnel, type VerifyRowInput, verifyCandidates } from "../src/index.js";
import { formatFunnelTable } from "../src/run/format-funnel-table.js";

const total = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const target = 5000;

/** A number near `value` that keeps to the schema's bounds and kind, so the variant stays valid for stage 1. */
function vary(value: number, schema: JsonSchema, random: Random): number {
  const bound = (key: string) => (typeof schema[key] === "number" ? (schema[key] as number) : undefined);
  const low = Math.max(
    value * 0.5,
    bound("minimum") ?? -Infinity,
    (bound("exclusiveMinimum") ?? -Infinity) + 1,
  );
  const high = Math.min(
    value * 1.5,
    bound("maximum") ?? Infinity,
    (bound("exclusiveMaximum") ?? Infinity) - 1,
  );
  if (!(low <= high) || value === 0) {
    return value;
  }
  const picked = low + random.next() * (high - low);
  return schema.type === "integer"
    ? Math.min(Math.max(Math.round(picked), Math.ceil(low)), Math.floor(high))
    : Math.round(picked * 10) / 10;
}

const seeds = verificationCorpus
  .filter((row) => row.expected.stage === "accepted")
  .map((row) => {
    const parsed = parseCandidates(row.text);
    if (!parsed.success || parsed.value.length !== 1 || parsed.value[0] === undefined) {
      throw new Error(`corpus row ${row.id} should parse to one candidate`);
    }
    const tools = row.tools
      .map((name) => findBuiltinTool(name)?.tool)
      .filter((tool): tool is Tool => tool !== undefined);
    return { row, candidate: parsed.value[0], tools };
  });

function* generate(random: Random): Generator<VerifyRowInput> {
  for (let index = 0; index < total; index++) {
    const { row, candidate, tools } = random.pick(seeds);
    const answers = candidate.answers.map((call) => {
      const properties = tools.find((tool) => tool.name === call.name)?.parameters.properties ?? {};
      const args: JsonObject = {};
      for (const [name, value] of Object.entries(call.arguments)) {
        const number = jsonNumberValue(value);
        const schema = properties[name];
        args[name] =
          number === undefined || schema === undefined || typeof schema === "boolean"
            ? value
            : vary(number, schema, random);
      }
      return { name: call.name, arguments: args };
    });
    const text = stringifyJson({ query: `${candidate.query} (#${index})`, answers });
    yield { id: `${row.id}-${index}`, text, tools, style: row.style };
  }
}

const executor = createToolExecutor({ sources: [createBuiltinSource({ isolation: "in-process" })] });
const rows = generate(createRandom(7));
const cpuBefore = process.cpuUsage();
const started = performance.now();
const stops = [];
for await (const { verdicts, accepted } of verifyCandidates({ rows, executor })) {
  stops.push({ verdicts: verdicts.filter((verdict) => !verdict.pass), accepted });
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
await executor.close();

const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const perSecond = total / seconds;
const perCpuSecond = total / cpuSeconds;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `stages 1+2 over ${total} candidates (${seeds.length} corpus rows, varied arguments, generated as they stream; timings include that), built-in tools in-process\n` +
    `${formatFunnelTable(summarizeFunnel(stops))}` +
    `wall ${seconds.toFixed(2)} s, cpu ${cpuSeconds.toFixed(2)} s\n` +
    `throughput ${Math.round(perSecond)} candidates/s on one thread (${Math.round(perCpuSecond)} per cpu-second)\n` +
    `peak RSS ${peakRssMb.toFixed(0)} MB\n` +
    `target ${target}/s/core: ${perSecond >= target ? "met" : "NOT met"} (${(perSecond / target).toFixed(2)}x)\n`,
);
