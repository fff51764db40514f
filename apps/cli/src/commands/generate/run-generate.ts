import { basename, extname, join } from "node:path";
import { stringifyJson } from "@apigen/core";
import {
  loadRunConfig,
  previewPrompts,
  type RunConfigOverrides,
  runConfigJsonSchema,
  runGeneration,
} from "@apigen/pipeline";
import { CommandExit } from "../../command-exit.js";
import { formatRunStats } from "../../format/format-run-stats.js";
import type { RunIo } from "../../run-io.js";
import { printPreview } from "./print-preview.js";
import type { GenerateFlags } from "./register-generate-command.js";
import { createProgressPrinter } from "./render-progress.js";

const exitCodes = { completed: 0, batch: 0, aborted: 130, "max-prompts": 1, "model-failing": 1 } as const;

/** Runs `apigen generate`: loads the config, runs (or previews) the generation, prints progress and the funnel. */
export async function runGenerate({
  flags,
  io,
  env = process.env,
}: {
  flags: GenerateFlags;
  io: RunIo;
  env?: NodeJS.ProcessEnv;
}): Promise<void> {
  if (flags.printSchema === true) {
    io.stdout.write(`${stringifyJson(runConfigJsonSchema(), { indent: 2 })}\n`);
    return;
  }
  const overrides: RunConfigOverrides = {
    ...(flags.count === undefined ? {} : { count: flags.count }),
    ...(flags.tools === undefined ? {} : { tools: flags.tools }),
    ...(flags.model === undefined ? {} : { model: flags.model }),
    ...(flags.judgeModel === undefined ? {} : { judgeModel: flags.judgeModel }),
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
    ...(flags.concurrency === undefined ? {} : { concurrency: flags.concurrency }),
  };
  const config = await loadRunConfig({
    ...(flags.config === undefined ? { input: {} } : { path: flags.config }),
    overrides,
    env,
  });
  if (!flags.judge) {
    config.judge.enabled = false;
  }
  const runDir =
    flags.out ??
    join("runs", flags.config === undefined ? "run" : basename(flags.config, extname(flags.config)));
  if (flags.dryRun !== undefined) {
    const count = flags.dryRun === true ? 2 : flags.dryRun;
    printPreview(io, config, await previewPrompts({ config, count }));
    return;
  }
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = () => {
    interrupts++;
    if (interrupts > 1) {
      process.exit(130);
    }
    io.stderr.write(
      "\nStopping after the prompts in flight are abandoned; run the same command to resume.\n",
    );
    controller.abort();
  };
  process.on("SIGINT", onInterrupt);
  process.on("SIGTERM", onInterrupt);
  const printer = createProgressPrinter(io.stderr);
  try {
    const result = await runGeneration({
      config,
      runDir,
      env,
      abortSignal: controller.signal,
      ...(flags.batchOut === undefined
        ? {}
        : { batch: { requestsDir: flags.batchOut, results: flags.batchIn ?? [] } }),
      onEvent: (event) => {
        if (event.type === "start") {
          const resumed =
            event.resumedWith > 0 || event.pendingPrompts > 0
              ? ` (resuming: ${event.resumedWith} rows on disk, ${event.pendingPrompts} prompts to resend)`
              : "";
          io.stderr.write(
            `Generating ${event.target} rows into ${runDir}${resumed}\n` +
              `  generator: ${event.models.generator}; judge: ${event.models.judge ?? "off"}\n` +
              event.sources.map((source) => `  tools: ${source}\n`).join(""),
          );
        } else if (event.type === "progress") {
          printer.update(event.progress);
        } else if (event.type === "prompt-failed") {
          printer.done();
          io.stderr.write(`prompt ${event.prompt} failed: ${event.error}\n`);
        }
      },
    });
    printer.done();
    io.stdout.write(`${formatRunStats(result.stats)}\n`);
    io.stdout.write(`Accepted rows: ${join(runDir, "accepted.jsonl")}\n`);
    const next: Record<typeof result.reason, string> = {
      completed: "",
      batch:
        `Requests written to ${flags.batchOut}: run them as a batch (OpenAI Batch API or vLLM run_batch), then ` +
        "rerun this command adding --batch-in with the output file(s).",
      aborted: "Stopped. Run the same command to resume.",
      "max-prompts":
        "Stopped at maxPrompts before the target was met; raise it or check the rejection reasons.",
      "model-failing": "Stopped: the model failed too many prompts in a row (see the errors above).",
    };
    if (next[result.reason] !== "") {
      io.stderr.write(`${next[result.reason]}\n`);
    }
    if (exitCodes[result.reason] !== 0) {
      throw new CommandExit(exitCodes[result.reason]);
    }
  } finally {
    printer.done();
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onInterrupt);
  }
}
