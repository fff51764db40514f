import { startOpenAiCompatibleServer } from "@apigen/llm/test";
import { scriptedGenerator } from "../src/testing/index.js";

// A child process of the generation benchmark: the scripted model server, kept out of the measured process.
const [runDir = "", latency = "200"] = process.argv.slice(2);
const server = await startOpenAiCompatibleServer({
  script: scriptedGenerator(runDir, { defects: false }),
  latencyMs: Number(latency),
});
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", () => {
  server.close().finally(() => process.exit(0));
});
