import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { formatScoreTable, readBfclTallies, scoreCategories } from "@apigen/eval-bfcl";
import type { Command } from "commander";
import type { RunIo } from "../../run-io.js";

const hasScoreFiles = (directory: string) =>
  readdirSync(directory).some((name) => /^BFCL_v4_.+_score\.json$/.test(name));

/** The model folders to compare: the given ones, or each folder under `--results-dir` that has score files. */
function modelDirectories(directories: readonly string[], resultsDir: string | undefined): string[] {
  const given = directories.map((directory) => resolve(directory));
  if (resultsDir !== undefined) {
    const root = resolve(resultsDir);
    if (!existsSync(root)) {
      throw new Error(`The results folder ${root} does not exist`);
    }
    for (const name of readdirSync(root).sort()) {
      const path = join(root, name);
      if (statSync(path).isDirectory() && hasScoreFiles(path)) {
        given.push(path);
      }
    }
  }
  for (const directory of given) {
    if (!existsSync(directory) || !statSync(directory).isDirectory()) {
      throw new Error(`${directory} is not a folder of BFCL score files (BFCL_v4_<category>_score.json)`);
    }
  }
  if (given.length === 0) {
    throw new Error(
      "Nothing to compare: give model result folders, or --results-dir with model folders in it",
    );
  }
  return given;
}

/**
 * Adds `compare [DIR...] [--results-dir DIR]` to `eval`: the score tables of several models side by side, read
 * from the score files their runs wrote.
 */
export function addCompareCommand(parent: Command, io: RunIo): Command {
  return parent
    .command("compare")
    .description("Put several models' BFCL scores side by side, read from the score files their runs wrote.")
    .argument("[directories...]", "model result folders (each holding BFCL_v4_<category>_score.json files)")
    .option("--results-dir <dir>", "also compare every model folder under this results folder")
    .addHelpText(
      "after",
      "\nEach column is one model (its folder's name); each row a category, then the leaderboard's summary\n" +
        'columns. A category or column a model was not scored on reads "–".\n\n' +
        "Examples:\n  apigen eval compare results/xlam-1b results/gpt-4o\n  apigen eval compare --results-dir results",
    )
    .action(async (directories: string[], options: { resultsDir?: string }) => {
      const columns = [];
      for (const directory of modelDirectories(directories, options.resultsDir)) {
        const tallies = await readBfclTallies({ directory });
        columns.push({ model: basename(directory), scores: scoreCategories(tallies) });
      }
      io.stdout.write(formatScoreTable(columns));
    });
}
