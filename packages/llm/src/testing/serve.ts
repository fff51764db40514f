#!/usr/bin/env node
// Runs the scripted OpenAI-compatible test server as its own process:
//   node dist/testing/serve.js [--port 0] [--latency 0] [--script steps.json]
// The script file holds a JSON array of steps, answered in order and then again from the start, so
// [{"text": "ok"}] answers every request. The first line on stdout is "listening <base URL>".
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isJsonObject, parseJson } from "@apigen/core";
import type { ServerStep } from "./server-step.js";
import { startOpenAiCompatibleServer } from "./start-open-ai-compatible-server.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    latency: { type: "string", default: "0" },
    script: { type: "string" },
  },
});

let steps: ServerStep[] = [{ text: "ok" }];
if (values.script !== undefined) {
  const parsed = parseJson(await readFile(values.script, "utf8"));
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(isJsonObject)) {
    throw new TypeError(`${values.script} must hold a non-empty JSON array of steps, e.g. [{"text": "ok"}]`);
  }
  steps = parsed as unknown as ServerStep[];
}

const server = await startOpenAiCompatibleServer({
  script: (_request, index) => steps[index % steps.length] as ServerStep,
  port: Number(values.port),
  latencyMs: Number(values.latency),
});
process.stdout.write(`listening ${server.url}\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
