import { bfclRunnableCategories } from "@apigen/eval-bfcl";
import { type Command, Option } from "commander";
import type { RunIo } from "../../run-io.js";
import { addCompareCommand } from "./compare-command.js";
import { addContaminationCommand } from "./contamination-command.js";
import { parseCount } from "./parse-count.js";
import { type EvalCommandOptions, runEvalCommand } from "./run-eval-command.js";

/**
 * Adds `apigen eval` (score a model on BFCL categories), with `compare` (several models side by side) and
 * `contamination` (rows of a data set that copy BFCL questions).
 */
export function registerEvalCommand(program: Command, io: RunIo): Command {
  // `compare` and `contamination` have options named like those of `eval` (--results-dir, --data-dir); commander
  // gives them to the subcommand only when every command above it parses its options positionally.
  const evalCommand = program
    .command("eval")
    .enablePositionalOptions()
    .description(
      "Score a model BFCL-style: ask an OpenAI-compatible server every entry of the chosen categories, check the " +
        "answers as the leaderboard does, write BFCL result and score files, and print the score table.",
    )
    .option("--model <id>", "the model's name at the server (also the results subfolder, / replaced by _)")
    .option("--base-url <url>", "the OpenAI-compatible API base URL, e.g. http://localhost:8000/v1")
    .option(
      "--api-key-env <var>",
      "environment variable holding the API key (none is fine for local servers)",
    )
    .option("--categories <list>", `comma-separated categories among: ${bfclRunnableCategories.join(", ")}`)
    .option(
      "--data-dir <dir>",
      "the BFCL data folder (default: $APIGEN_BFCL_DATA, else ~/.cache/apigen/bfcl)",
    )
    .option(
      "--results-dir <dir>",
      "where <model>/BFCL_v4_<category>_result.json and _score.json go",
      "results",
    )
    .addOption(
      new Option("--mode <mode>", "prompt: Python call syntax; xlam: the xLAM prompt format, JSON tool calls")
        .choices(["prompt", "xlam"])
        .default("prompt"),
    )
    .option("--concurrency <n>", "requests in flight at once", parseCount(1), 8)
    .option("--limit <n>", "only the first n entries of each category", parseCount(0))
    .option("--retries <n>", "retries of a failed request, with backoff", parseCount(0), 5)
    .option("--cache-dir <dir>", "a response cache folder: an unchanged request is answered from it")
    .addHelpText(
      "after",
      "\nA run resumes: entries already in a category's result file are not asked again, so run the same command\n" +
        "after an interruption. A request that still fails after its retries is scored as wrong (model_error).\n" +
        'Scores are percentages; a category or summary column that was not run reads "–", never 0.\n\n' +
        "The BFCL data is not downloaded yet: put the V4 files (BFCL_v4_<category>.json and possible_answer/) in the\n" +
        "data folder, from the Hugging Face data set gorilla-llm/Berkeley-Function-Calling-Leaderboard or the\n" +
        "bfcl_eval/data folder of the bfcl-eval PyPI package.\n\n" +
        "Examples:\n" +
        "  apigen eval --model Salesforce/xLAM-1b-fc-r --base-url http://localhost:8000/v1 --mode xlam \\\n" +
        "    --categories simple_python,multiple,parallel,parallel_multiple,irrelevance\n" +
        "  apigen eval compare --results-dir results\n" +
        "  apigen eval contamination out/accepted.jsonl",
    )
    .action(async (options: Partial<EvalCommandOptions>, command: Command) => {
      const missing = (["model", "baseUrl", "categories"] as const).filter(
        (key) => options[key] === undefined,
      );
      if (missing.length > 0) {
        const flags = {
          model: "--model <id>",
          baseUrl: "--base-url <url>",
          categories: "--categories <list>",
        };
        command.error(`error: missing ${missing.map((key) => flags[key]).join(", ")}`, {
          exitCode: 2,
          code: "apigen.missingOption",
        });
      }
      await runEvalCommand(options as EvalCommandOptions, io);
    });
  addCompareCommand(evalCommand, io);
  addContaminationCommand(evalCommand, io);
  return evalCommand;
}
