import type { Command } from "commander";
import { Option } from "commander";
import { parseCount } from "../../parse-count.js";
import type { RunIo } from "../../run-io.js";
import { runVerify } from "./run-verify.js";

/**
 * Adds `apigen verify FILE`: stages 1 (format) and 2 (execution with the built-in tools) over a JSONL file of
 * candidates, one verdict line per candidate to `--out`, and the funnel table.
 */
export function registerVerifyCommand(program: Command, io: RunIo): Command {
  return program
    .command("verify")
    .description(
      "Verify a JSONL file of candidates: stage 1 (format: strict JSON Schema, reason codes) and stage 2 " +
        "(execution: every call run with the built-in tools); print the funnel of failures by stage and reason.",
    )
    .argument(
      "<file>",
      "JSONL of candidates (.jsonl or .jsonl.gz): canonical rows {query, answers, tools, style?, id?} with tools " +
        "as objects or built-in tool names, or xLAM-60k rows {id, query, answers, tools} (JSON text fields)",
    )
    .option("--out <file>", "write one verdict line per candidate: {id, accepted, verdicts, records}")
    .addOption(
      new Option("--format <format>", "row layout; by default each row's shape decides").choices([
        "canonical",
        "xlam",
      ]),
    )
    .option("--seed <n>", "seed of the built-in tools' simulated services", parseCount(0), 0)
    .option("--timeout-ms <n>", "wall-clock limit per call, in milliseconds", parseCount(1))
    .option("--json", "print the funnel as JSON instead of a table")
    .option("--judge-model <id>", "stage 3: the judge model's name at an OpenAI-compatible server")
    .option("--judge-base-url <url>", "stage 3: that server's API base URL, e.g. http://localhost:8000/v1")
    .option(
      "--judge-api-key-env <var>",
      "stage 3: environment variable holding its API key (none is fine locally)",
    )
    .addHelpText(
      "after",
      "\nStage 3 (the LLM judge) runs only with --judge-model and --judge-base-url. Tools an xLAM row names that are not built in fail stage 2 " +
        "as unknown_tool.\nProgress goes to stderr every 10,000 candidates. Exit codes: 0 when the file was " +
        "verified, whatever the pass rate; 1 when it cannot be read (the message names the line).\n\n" +
        "Examples:\n  apigen verify candidates.jsonl --out verdicts.jsonl\n" +
        "  apigen verify xlam-function-calling-60k.jsonl --format xlam --json",
    )
    .action(
      async (
        file: string,
        options: {
          out?: string;
          format?: "canonical" | "xlam";
          seed: number;
          timeoutMs?: number;
          json?: boolean;
          judgeModel?: string;
          judgeBaseUrl?: string;
          judgeApiKeyEnv?: string;
        },
        command: Command,
      ) => {
        const { judgeModel, judgeBaseUrl, judgeApiKeyEnv } = options;
        if ((judgeModel === undefined) !== (judgeBaseUrl === undefined)) {
          command.error("error: --judge-model and --judge-base-url go together: give both or neither", {
            exitCode: 2,
            code: "apigen.usage",
          });
        }
        await runVerify({
          path: file,
          io,
          seed: options.seed,
          json: options.json === true,
          ...(options.out === undefined ? {} : { out: options.out }),
          ...(options.format === undefined ? {} : { format: options.format }),
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
          ...(judgeModel === undefined || judgeBaseUrl === undefined
            ? {}
            : {
                judge: {
                  model: judgeModel,
                  baseUrl: judgeBaseUrl,
                  ...(judgeApiKeyEnv === undefined ? {} : { apiKeyEnv: judgeApiKeyEnv }),
                },
              }),
        });
      },
    );
}
