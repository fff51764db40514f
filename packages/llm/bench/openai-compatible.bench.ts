// Throughput of createOpenAiCompatibleModel behind wrapLanguageModel against the scripted server with 200 ms
// latency, as a fraction of the bound (concurrency / latency), with the client's and the server's CPU time per
// request. The server runs in its own process, so the client is measured alone. Two bare loops at the same
// concurrency, measured in the same run against the same server, are the baselines: the platform `fetch`, and
// `node:http` with keep-alive (what the provider uses). Run with `npm run bench`.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
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
  clientMsPerRequest: number;
  serverMsPerRequest: number | undefined;
}

/** The server process's CPU time in ms (Linux /proc; undefined elsewhere). */
function serverCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Sends `count` requests, at most `concurrency` at once, and measures the whole. */
async function measure(count: number, concurrency: number, send: (index: number) => Promise<unknown>) {
  const cpu = process.cpuUsage();
  const server = serverCpuMs();
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      await send(next++);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const serverUsed = serverCpuMs();
  return {
    requestsPerSecond: count / seconds,
    clientMsPerRequest: (used.user + used.system) / 1000 / count,
    serverMsPerRequest:
      server === undefined || serverUsed === undefined ? undefined : (serverUsed - server) / count,
  } satisfies Measure;
}

function report(label: string, concurrency: number, measured: Measure): number {
  const bound = concurrency / (latencyMs / 1000);
  const ratio = measured.requestsPerSecond / bound;
  const server =
    measured.serverMsPerRequest === undefined ? "" : `, server ${measured.serverMsPerRequest.toFixed(3)}`;
  console.log(
    `${label.padEnd(38)} c=${String(concurrency).padStart(3)}: ${measured.requestsPerSecond.toFixed(0).padStart(5)} req/s = ${(100 * ratio).toFixed(1).padStart(5)}% of ${bound.toFixed(0).padStart(4)}; CPU ms/request: client ${measured.clientMsPerRequest.toFixed(3)}${server}`,
  );
  return ratio;
}

const body = (index: number) =>
  JSON.stringify({ model: "test-model", messages: [{ role: "user", content: `question ${index}` }] });
const agent = new Agent({ keepAlive: true });
const target = new URL(`${baseURL}/chat/completions`);
const viaFetch = async (index: number) => {
  const response = await fetch(target, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body(index),
  });
  await response.text();
};
const viaHttp = (index: number) =>
  new Promise<void>((resolve, reject) => {
    const payload = body(index);
    const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(payload) };
    const sent = request(target, { method: "POST", agent, headers }, (response) => {
      response.resume().once("end", resolve).once("error", reject);
    });
    sent.once("error", reject).end(payload);
  });

console.log(
  `load average before: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(" ")}`,
);
const ratios: Record<number, number> = {};
try {
  for (const concurrency of [16, 64, 256]) {
    const model = wrapLanguageModel(createOpenAiCompatibleModel({ baseURL, model: "test-model" }), {
      concurrency,
    });
    const ask = (index: number) =>
      model.complete({ messages: [{ role: "user", content: `question ${index}` }] });
    const count = concurrency * rounds;
    for (const send of [ask, viaFetch, viaHttp]) {
      await measure(concurrency, concurrency, send);
    }
    report("bare fetch (baseline)", concurrency, await measure(count, concurrency, viaFetch));
    report("bare node:http keep-alive (baseline)", concurrency, await measure(count, concurrency, viaHttp));
    ratios[concurrency] = report(
      "wrapLanguageModel(openai-compatible)",
      concurrency,
      await measure(count, count, ask),
    );
  }
  const at256 = ratios[256] ?? 0;
  console.log(
    `load average after: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `target: at least 90% of the bound at concurrency 256 through the provider and middleware: ${at256 >= 0.9 ? "met" : "NOT met"} (${(100 * at256).toFixed(1)}%)`,
  );
} finally {
  child.kill("SIGTERM");
}
