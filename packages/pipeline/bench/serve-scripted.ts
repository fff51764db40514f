import { startOpenAiCompatibleServer } from "@apigen/llm/test";
import { scriptedGenerator } from "../src/testing/index.js";

// A child process of the generation benchmark: the scripted model server, kept out of the measured process.
const [runDir = "", latency = "200"] = process.argv.slice(2);
const server = await startOpenAiCompatibleServer({
  script: scriptedGenerator(runDir, { defects: false }),
  latencyMs: Number(latency),
});
process.stdout.write(`${server.url}\n`);
// On SIGTERM, report this process's CPU time and the requests it answered, so the bench can show what the
// server itself took from the machine's cores.
process.on("SIGTERM", () => {
  const { user, system } = process.cpuUsage();
  process.stdout.write(
    `${JSON.stringify({ cpuMs: (user + system) / 1000, requests: server.requests.length })}\n`,
  );
  server.close().finally(() => process.exit(0));
});
