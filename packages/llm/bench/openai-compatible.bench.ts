// Throughput of createOpenAiCompatibleModel behind wrapLanguageModel against the scripted server with 200 ms
// latency, as a fraction of the bound (concurrency / latency), and the client's CPU time per request. The
// server runs in its own process so that its CPU time is not counted. A bare `fetch` loop at the same
// concurrency, measured in the same run, is the baseline. Run with `npm run bench`.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createOpenAiCompatibleModel, wrapLanguageModel } from "../src/index.js";

const latencyMs = 200;
const rounds = 8;
const serverScript = fileURLToPath(new URL("../src/testing/serve.ts", import.meta.url));
const child = spawn(process.execPath, ["--import", "tsx", serverScript, "--latency", String(latencyMs)], {
  stdio: ["ignore", "pipe", "inherit"],
});
const [firstLine] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
const baseURL = firstLine.replace(/^listening /, "");

interface Measure {
  requestsPerSecond: number;
  cpuMicrosecondsPerRequest: number;
}

async function measure(count: number, send: (index: number) => Promise<unknown>): Promise<Measure> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: count }, (_, index) => send(index)));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { requestsPerSecond: count / seconds, cpuMicrosecondsPerRequest: (used.user + used.system) / count };
}

function report(
  label: string,
  concurrency: number,
  { requestsPerSecond, cpuMicrosecondsPerRequest }: Measure,
) {
  const bound = concurrency / (latencyMs / 1000);
  console.log(
    `${label.padEnd(34)} concurrency ${String(concurrency).padStart(3)}: ${requestsPerSecond.toFixed(0).padStart(5)} req/s = ${((100 * requestsPerSecond) / bound).toFixed(1).padStart(5)}% of the bound ${bound.toFixed(0).padStart(4)}, client CPU ${(cpuMicrosecondsPerRequest / 1000).toFixed(3)} ms/request`,
  );
  return requestsPerSecond / bound;
}

const body = (index: number) =>
  JSON.stringify({ model: "test-model", messages: [{ role: "user", content: `question ${index}` }] });
const ratios: Record<number, number> = {};
try {
  for (const concurrency of [16, 64, 256]) {
    const model = wrapLanguageModel(createOpenAiCompatibleModel({ baseURL, model: "test-model" }), {
      concurrency,
    });
    const ask = (index: number) =>
      model.complete({ messages: [{ role: "user", content: `question ${index}` }] });
    await measure(concurrency, ask);
    const wrapped = await measure(concurrency * rounds, ask);

    const limit = concurrency;
    const rawFetch = async (count: number) => {
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const index = next++;
          const response = await fetch(`${baseURL}/chat/completions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: body(index),
          });
          await response.text();
        }
      };
      await Promise.all(Array.from({ length: limit }, worker));
    };
    const baseline = await measure(1, () => rawFetch(concurrency * rounds));
    baseline.cpuMicrosecondsPerRequest /= concurrency * rounds;
    baseline.requestsPerSecond *= concurrency * rounds;
    report("bare fetch (baseline)", concurrency, baseline);
    ratios[concurrency] = report("wrapLanguageModel(openai-compatible)", concurrency, wrapped);
    console.log(
      `${"".padEnd(34)} wrapped / baseline: throughput ${(wrapped.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}×, CPU per request ${(wrapped.cpuMicrosecondsPerRequest / baseline.cpuMicrosecondsPerRequest).toFixed(2)}×`,
    );
  }
  const at256 = ratios[256] ?? 0;
  console.log(
    `target: at least 90% of the bound at concurrency 256: ${at256 >= 0.9 ? "met" : "NOT met"} (${(100 * at256).toFixed(1)}%)`,
  );
} finally {
  child.kill("SIGTERM");
}
