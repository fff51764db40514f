#!/usr/bin/env node
// Serves the scripted model of the test suite (it plays generator and judge, with a known share of defective
// answers) on loopback, so `apigen generate` can be tried without any model:
//   node scripts/scripted-model-server.mjs RUN_DIR [PORT]
// then run apigen generate with --out RUN_DIR and a config whose model has baseUrl http://127.0.0.1:PORT/v1
// (examples/scripted-demo.yaml). It answers from the run's prompts.jsonl; it is not a language model.
import { startOpenAiCompatibleServer } from "@apigen/llm/test";
import { scriptedGenerator } from "@apigen/pipeline/test";

const [runDir, port = "8123"] = process.argv.slice(2);
if (runDir === undefined) {
  process.stderr.write("usage: node scripts/scripted-model-server.mjs RUN_DIR [PORT]\n");
  process.exit(2);
}
const server = await startOpenAiCompatibleServer({
  script: scriptedGenerator(runDir),
  port: Number(port),
  latencyMs: 50,
});
process.stdout.write(`scripted model at ${server.url} (model "test-model"), answering for ${runDir}\n`);
const stop = () => server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
