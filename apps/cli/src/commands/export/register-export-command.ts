import { exportFormats, exportRun } from "@apigen/publisher";
import { type Command, Option } from "commander";
import type { RunIo } from "../../run-io.js";
import { formatExportReport } from "./format-export-report.js";
import { addSplitOptions, type SplitCommandOptions, splitOptionsOf } from "./split-options.js";

/** Adds `apigen export RUN_DIR --format F --out PATH`: a run's accepted rows in a training or evaluation format. */
export function registerExportCommand(program: Command, io: RunIo): Command {
  const command = program
    .command("export")
    .description(
      "Export a run's accepted rows: xLAM-60k JSON, OpenAI fine-tuning JSONL, ShareGPT, Hermes, BFCL question and " +
        "possible-answer files, or Hub-style Parquet shards; optionally split into train and test.",
    )
    .argument("<run-dir>", "a run directory (with accepted.jsonl), made by apigen generate --out")
    .addOption(
      new Option("--format <format>", "the output format").choices([...exportFormats]).makeOptionMandatory(),
    )
    .requiredOption(
      "--out <path>",
      "a .json/.jsonl file for xlam, openai, sharegpt and hermes (with a split: <name>-train.jsonl, <name>-test.jsonl), " +
        "or a folder (bfcl: BFCL_v4_<category>.json + possible_answer/; parquet: data/<split>-00000-of-0000N.parquet)",
    )
    .option("--no-extensions", "leave out the apigen key that carries fields the format has no place for");
  addSplitOptions(command);
  return command
    .addHelpText(
      "after",
      "\nRows a format cannot hold are skipped, counted and named with the reason. Near-identical queries (same text " +
        "after NFKC, lower case, punctuation removed) always land in the same split.\n\n" +
        "Examples:\n" +
        "  apigen export runs/finance --format openai --out finance.jsonl\n" +
        "  apigen export runs/finance --format xlam --out finance.json --split test=0.1 --seed 7\n" +
        "  apigen export runs/finance --format bfcl --out bfcl-data --hold-out tool\n" +
        "  apigen export runs/finance --format parquet --out finance-parquet --shard-rows 100000",
    )
    .action(
      async (
        runDir: string,
        options: SplitCommandOptions & { format: string; out: string; extensions: boolean },
      ) => {
        const report = await exportRun({
          runDir,
          format: options.format,
          out: options.out,
          extensions: options.extensions,
          ...splitOptionsOf(options),
        });
        io.stdout.write(formatExportReport(report));
      },
    );
}
