import type { Command } from "commander";
import { parseCount } from "../../parse-count.js";
import type { RunIo } from "../../run-io.js";
import { runGenerate } from "./run-generate.js";

/** Options of `apigen generate`, as commander parses them. */
export interface GenerateFlags {
  config?: string;
  count?: number;
  tools?: string[];
  model?: string;
  judgeModel?: string;
  judge: boolean;
  out?: string;
  seed?: number;
  concurrency?: number;
  dryRun?: number | true;
  batchOut?: string;
  batchIn?: string[];
  printSchema?: boolean;
}

/** Adds `apigen generate`: a generation run from a config file and/or flags into a run directory. */
export function registerGenerateCommand(program: Command, io: RunIo): Command {
  return program
    .command("generate")
    .description(
      "Generate verified function-calling rows: sample tools and examples, ask the generator model, keep only " +
        "rows that pass format, real execution and the LLM judge, drop duplicates, until the target is met. " +
        "Resumable: run the same command again after a stop or a crash.",
    )
    .option(
      "-c, --config <file>",
      "run config, YAML or JSON (its JSON Schema: apigen generate --print-schema)",
    )
    .option(
      "-n, --count <n>",
      "rows to accept in all, spread over the styles of the config (or the default mix)",
      parseCount(1),
    )
    .option(
      "-t, --tools <spec...>",
      "tool sources: builtin | builtin:finance,math | ./tools.js | ./tools.py | ./openapi.yaml | 'mcp:npx -y server-memory'",
    )
    .option(
      "-m, --model <model>",
      "generator: openai:NAME (OPENAI_BASE_URL, OPENAI_API_KEY), hf:NAME (HF_TOKEN), llama-cpp:PATH.gguf or PATH.gguf",
    )
    .option("--judge-model <model>", "stage 3 judge, same forms as --model (default: the generator)")
    .option("--no-judge", "skip stage 3 (format and execution only)")
    .option("-o, --out <dir>", "run directory (default: runs/<config name>, or runs/run)")
    .option("--seed <n>", "seed of every random choice", parseCount(0))
    .option("--concurrency <n>", "prompts in flight at once", parseCount(1))
    .option(
      "--dry-run [prompts]",
      "print the plan and the first prompts (default 2) without calling any model",
      parseCount(1),
    )
    .option("--batch-out <dir>", "offline: write this round's model requests as OpenAI Batch JSONL into DIR")
    .option("--batch-in <file...>", "offline: batch output files of earlier rounds to answer requests from")
    .option("--print-schema", "print the JSON Schema of the run config (for editors) and exit")
    .addHelpText(
      "after",
      "\nWith no model configured, the generator is: OpenAI-compatible when OPENAI_BASE_URL or OPENAI_API_KEY " +
        "is set (OPENAI_MODEL, default gpt-4o-mini), Hugging Face when HF_TOKEN is set (HF_MODEL), else the " +
        "local embedded GGUF model (downloaded once into the cache).\n" +
        "The run directory holds config.json, prompts.jsonl, candidates.jsonl (every candidate with its " +
        "verdicts), accepted.jsonl (the data set), seed-pool.jsonl, cache/ (model responses) and stats.json.\n" +
        "Ctrl-C stops cleanly; the same command resumes. Exit codes: 0 done (or a batch round written), " +
        "1 failure, 2 usage error, 130 stopped by Ctrl-C.\n\n" +
        "Examples:\n" +
        "  apigen generate --tools builtin:finance,math --count 200 --model openai:gpt-4o-mini --out runs/fin\n" +
        "  apigen generate --config apigen.yaml\n" +
        "  apigen generate --config apigen.yaml --dry-run 3\n" +
        "  apigen generate --config apigen.yaml --batch-out batch/          # round 1: write requests\n" +
        "  apigen generate --config apigen.yaml --batch-out batch/ --batch-in out1.jsonl  # next rounds",
    )
    .action(async (flags: GenerateFlags) => {
      await runGenerate({ flags, io });
    });
}
