import type { Command } from "commander";
import type { RunIo } from "../../run-io.js";
import { addSplitOptions, type SplitCommandOptions } from "../export/split-options.js";
import { runPublish } from "./run-publish.js";

/** Adds `apigen publish RUN_DIR --repo owner/name`: a run as a Hugging Face Hub data set with its card. */
export function registerPublishCommand(program: Command, io: RunIo): Command {
  const command = program
    .command("publish")
    .description(
      "Publish a run as a Hugging Face Hub data set: Parquet shards and a data set card (how it was made, the " +
        "verification funnel, counts, examples, limits, citation), uploaded in one commit. Publishing again uploads " +
        "only what changed.",
    )
    .argument("<run-dir>", "a run directory (with accepted.jsonl and stats.json)")
    .requiredOption("--repo <owner/name>", "the data set repository; created when it does not exist")
    .option("--private", "create the repository private")
    .option("--license <id>", "the license on the card (a Hub license id)", "cc-by-4.0")
    .option("--dry-run", "write the card and shards locally and print what would be uploaded; sends nothing")
    .option("--out <dir>", "where --dry-run writes (default: <run-dir>/publish)")
    .option("--hub-url <url>", "the Hub endpoint, for mirrors and tests (default: https://huggingface.co)");
  addSplitOptions(command);
  return command
    .addHelpText(
      "after",
      "\nThe token comes from the HF_TOKEN environment variable, else from the file huggingface-cli login writes " +
        "(~/.cache/huggingface/token); it must start with hf_ and is never printed. There is no token flag.\n" +
        "The split's seed defaults to the run's seed.\n\n" +
        "Examples:\n" +
        "  HF_TOKEN=hf_... apigen publish runs/finance --repo me/finance-calls\n" +
        "  apigen publish runs/finance --repo me/finance-calls --split test=0.1 --private\n" +
        "  apigen publish runs/finance --repo me/finance-calls --hold-out category --dry-run --out /tmp/preview",
    )
    .action(
      async (
        runDir: string,
        options: SplitCommandOptions & {
          repo: string;
          private?: boolean;
          license: string;
          dryRun?: boolean;
          out?: string;
          hubUrl?: string;
        },
      ) => {
        await runPublish({
          runDir,
          io,
          ...options,
          private: options.private === true,
          dryRun: options.dryRun === true,
        });
      },
    );
}
