import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { CommandExit } from "./command-exit.js";
import { registerEvalCommand } from "./commands/eval/register-eval-command.js";
import { registerExportCommand } from "./commands/export/register-export-command.js";
import { registerGenerateCommand } from "./commands/generate/register-generate-command.js";
import { registerPublishCommand } from "./commands/publish/register-publish-command.js";
import { registerStatsCommand } from "./commands/stats/register-stats-command.js";
import { registerToolsCommand } from "./commands/tools/register-tools-command.js";
import { registerTrainCommand } from "./commands/train/register-train-command.js";
import { registerVerifyCommand } from "./commands/verify/register-verify-command.js";
import type { RunIo } from "./run-io.js";

export type { RunIo } from "./run-io.js";

/** The version of this package, read from its manifest (one level above both `src/` and `dist/`). */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

/** Builds the `apigen` command tree, writing to `io`. */
export function createProgram(io: RunIo): Command {
  const program = new Command("apigen")
    .description(
      "Verified function-calling data: generate rows with any LLM, keep only those that pass a format check, " +
        "real execution of every call and an LLM judge, then publish, fine-tune and score models BFCL-style.",
    )
    .version(packageVersion(), "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help for a command")
    .showHelpAfterError("(run apigen --help for usage)")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      "after",
      "\nDocumentation: the README at the repository root, and each workspace's README.\n" +
        "Exit codes: 0 success, 1 failure (the message says what to do), 2 usage error.",
    );
  // Subcommand options (eval compare --results-dir) belong to the subcommand, not to the program.
  program.enablePositionalOptions();
  // In the order of the job: generate, inspect, publish, train, score; then the tools behind them.
  registerGenerateCommand(program, io);
  registerStatsCommand(program, io);
  registerExportCommand(program, io);
  registerPublishCommand(program, io);
  registerTrainCommand(program, io);
  registerEvalCommand(program, io);
  registerVerifyCommand(program, io);
  registerToolsCommand(program, io);
  return program;
}

/**
 * Runs the CLI in-process and resolves to the exit code, so tests call it exactly as the binary does.
 *
 * @example
 * const code = await run(["--help"]);
 */
export async function run(argv: readonly string[], io: RunIo = process): Promise<number> {
  const program = createProgram(io);
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const isInformational = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(
        error.code,
      );
      return isInformational ? 0 : 2;
    }
    if (error instanceof CommandExit) {
      if (error.message !== "") {
        io.stderr.write(`apigen: ${error.message}\n`);
      }
      return error.exitCode;
    }
    io.stderr.write(`apigen: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
