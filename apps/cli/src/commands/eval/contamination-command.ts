import { resolve } from "node:path";
import { createJsonlWriter, isJsonObject, readJsonl } from "@apigen/core";
import {
  type ContaminationMatch,
  findContamination,
  readBfclQuestionTexts,
  type TextItem,
} from "@apigen/eval-bfcl";
import { type Command, InvalidArgumentError } from "commander";
import type { RunIo } from "../../run-io.js";
import { resolveDataDirectory } from "./resolve-data-directory.js";

/** A data set's queries: canonical rows `{id?, query}` and xLAM rows both carry `query`; others are skipped. */
async function* datasetQueries(path: string): AsyncGenerator<TextItem> {
  for await (const { line, value } of readJsonl(path)) {
    if (isJsonObject(value) && typeof value.query === "string") {
      const id =
        typeof value.id === "string" || typeof value.id === "number" ? String(value.id) : `line ${line}`;
      yield { id, text: value.query };
    }
  }
}

const parseThreshold = (value: string): number => {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0 || number > 1) {
    throw new InvalidArgumentError(`expected a number above 0 and at most 1, got "${value}"`);
  }
  return number;
};

/**
 * Adds `contamination DATA.jsonl [--threshold 0.7] [--data-dir DIR] [--output FILE]` to `eval`: the rows of a
 * generated data set that repeat BFCL questions, exactly or nearly.
 */
export function addContaminationCommand(parent: Command, io: RunIo): Command {
  return parent
    .command("contamination")
    .description("Find rows of a data set whose query repeats a BFCL question, exactly or nearly.")
    .argument("<data>", "a JSON Lines data set: canonical rows {id?, query, ...} or xLAM rows")
    .option(
      "--threshold <number>",
      "word-trigram Jaccard similarity that counts as a near copy",
      parseThreshold,
      0.7,
    )
    .option(
      "--data-dir <dir>",
      "the BFCL data folder (default: $APIGEN_BFCL_DATA, else ~/.cache/apigen/bfcl/main)",
    )
    .option("--output <file>", "also write the matches as JSON Lines {rowId, referenceId, kind, similarity}")
    .addHelpText(
      "after",
      "\nEvery user message of every BFCL_v4_*.json question file in the data folder is a reference. Exact means\n" +
        "equal after lowercasing and removing punctuation. Prints one line per matching row, then a count.\n\n" +
        "Examples:\n  apigen eval contamination out/accepted.jsonl\n" +
        "  apigen eval contamination data.jsonl --threshold 0.8 --output matches.jsonl",
    )
    .action(async (data: string, options: { threshold: number; dataDir?: string; output?: string }) => {
      const references: TextItem[] = [];
      for await (const item of readBfclQuestionTexts({
        dataDirectory: resolveDataDirectory({ dataDir: options.dataDir }),
      })) {
        references.push(item);
      }
      const writer =
        options.output === undefined ? undefined : await createJsonlWriter(resolve(options.output));
      const matches: ContaminationMatch[] = [];
      try {
        for await (const match of findContamination({
          references,
          rows: datasetQueries(resolve(data)),
          threshold: options.threshold,
        })) {
          matches.push(match);
          await writer?.write(match);
          io.stdout.write(
            `${match.rowId}\t${match.referenceId}\t${match.kind}\t${match.similarity.toFixed(3)}\n`,
          );
        }
      } finally {
        await writer?.close();
      }
      const exact = matches.filter((match) => match.kind === "exact").length;
      io.stdout.write(
        `${matches.length} contaminated rows (${exact} exact, ${matches.length - exact} near) ` +
          `against ${references.length} BFCL questions\n`,
      );
    });
}
