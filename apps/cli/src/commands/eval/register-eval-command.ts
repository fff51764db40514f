import { bfclExecCategories, bfclRunnableCategories } from "@apigen/eval-bfcl";
import { type Command, Option } from "commander";
import { parseCount } from "../../parse-count.js";
import type { RunIo } from "../../run-io.js";
import { addCompareCommand } from "./compare-command.js";
import { addContaminationCommand } from "./contamination-command.js";
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
    .option("--exec", `also run BFCL's retired executable categories (${bfclExecCategories.join(", ")})`)
    .option(
      "--data-dir <dir>",
      "a local BFCL data folder (default: $APIGEN_BFCL_DATA, else the download cache ~/.cache/apigen/bfcl/<revision>)",
    )
    .option("--download", "check the Hub for the data even when it is there (and download into --data-dir)")
    .option("--no-download", "never download: fail when data files are missing")
    .option("--revision <rev>", "the Hub revision of the BFCL data set to download", "main")
    .option("--hub-url <url>", "the Hugging Face Hub endpoint (a mirror)")
    .option(
      "--results-dir <dir>",
      "where <model>/BFCL_v4_<category>_result.json and _score.json go",
      "results",
    )
    .addOption(
      new Option(
        "--mode <mode>",
        "prompt: Python call syntax; xlam: the xLAM prompt format, JSON tool calls; fc: native function calling (tools)",
      )
        .choices(["prompt", "xlam", "fc"])
        .default("prompt"),
    )
    .option("--concurrency <n>", "requests in flight at once", parseCount(1), 8)
    .option("--limit <n>", "only the first n entries of each category", parseCount(0))
    .option("--retries <n>", "retries of a failed request, with backoff", parseCount(0), 5)
    .option(
      "--no-retry-errors",
      "keep entries an earlier run recorded as model_error instead of asking them again",
    )
    .option("--cache-dir <dir>", "a response cache folder: an unchanged request is answered from it")
    .addHelpText(
      "after",
      "\nA run resumes: entries already in a category's result file are not asked again, so run the same command\n" +
        "after an interruption. A request that still fails after its retries is scored as wrong (model_error); the\n" +
        "next run asks those entries again (unless --no-retry-errors) and says how many it retried.\n" +
        'Scores are percentages; a category or summary column that was not run reads "–", never 0.\n\n' +
        "Data: without --data-dir, the files a run needs are downloaded once from the Hugging Face data set\n" +
        "gorilla-llm/Berkeley-Function-Calling-Leaderboard into ~/.cache/apigen/bfcl/<revision> (HF_TOKEN is sent\n" +
        "when set). With --data-dir, point at a local copy laid out like bfcl_eval/data (from the bfcl-eval PyPI\n" +
        "package); add --download to fill it from the Hub.\n\n" +
        "Modes: prompt and xlam ask for text; fc sends the functions as OpenAI tools (. in names becomes _) and\n" +
        "writes BFCL's FC result format. Executable categories run the calls through the built-in tool library\n" +
        "and compare results (exact, structural, or within 20% for real-time values); entries offering a function\n" +
        "the library lacks are skipped and counted.\n\n" +
        "Examples:\n" +
        "  apigen eval --model Salesforce/xLAM-1b-fc-r --base-url http://localhost:8000/v1 --mode xlam \\\n" +
        "    --categories simple_python,multiple,parallel,parallel_multiple,irrelevance\n" +
        "  apigen eval --model gpt-4o-mini --base-url https://api.openai.com/v1 --api-key-env OPENAI_API_KEY \\\n" +
        "    --mode fc --categories simple_python,live_simple --exec\n" +
        "  apigen eval --model my-model --base-url http://localhost:8000/v1 --categories exec_simple \\\n" +
        "    --data-dir ./bfcl_eval/data --no-download\n" +
        "  apigen eval compare --results-dir results\n" +
        "  apigen eval contamination out/accepted.jsonl",
    )
    .action(async (options: Partial<EvalCommandOptions>, command: Command) => {
      const missing = (["model", "baseUrl", "categories"] as const).filter(
        (key) => options[key] === undefined && !(key === "categories" && options.exec === true),
      );
      if (missing.length > 0) {
        const flags = {
          model: "--model <id>",
          baseUrl: "--base-url <url>",
          categories: "--categories <list> (or --exec)",
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
