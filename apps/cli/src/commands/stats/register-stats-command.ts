import { readRunStats, stringifyJson } from "@apigen/core";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { formatRunStats } from "../../format/format-run-stats.js";
import { parseCount } from "../../parse-count.js";
import type { RunIo } from "../../run-io.js";

const breakdowns = ["style", "category", "tool", "prompt"] as const;
type Breakdown = (typeof breakdowns)[number];

function parseBreakdowns(text: string): Breakdown[] {
  const names = text.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !(breakdowns as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown breakdown ${unknown.join(", ")}; choose from ${breakdowns.join(", ")}`,
    );
  }
  return names as Breakdown[];
}

/** Adds `apigen stats RUN_DIR`: the funnel and breakdowns of a finished or running run. */
export function registerStatsCommand(program: Command, io: RunIo): Command {
  return program
    .command("stats")
    .description(
      "Print the verification funnel of a run (generated, failed format / execution / semantic, duplicates, " +
        "accepted, pass rate), broken down by style, category, tool and prompt template, with the top rejection " +
        "reasons, token use and cost, and the rate. Works on a finished run and on one still going.",
    )
    .argument("<run-dir>", "a run directory made by apigen generate")
    .option("--by <list>", `breakdowns to show, comma-separated: ${breakdowns.join(",")}`, parseBreakdowns)
    .option("--top <n>", "rows per breakdown and reasons shown", parseCount(1), 10)
    .option("--json", "print stats.json as it is")
    .addHelpText(
      "after",
      "\nExamples:\n  apigen stats runs/finance\n  apigen stats runs/finance --by style,tool --top 5\n" +
        "  apigen stats runs/finance --json | jq .funnel",
    )
    .action(async (runDir: string, options: { by?: Breakdown[]; top: number; json?: boolean }) => {
      const stats = await readRunStats(runDir);
      if (options.json === true) {
        io.stdout.write(`${stringifyJson(stats, { indent: 2 })}\n`);
        return;
      }
      if (stats.status === "running") {
        io.stderr.write(`${runDir} is still running; these are its stats as of ${stats.timing.updatedAt}.\n`);
      }
      io.stdout.write(
        `${formatRunStats(stats, { ...(options.by === undefined ? {} : { breakdowns: options.by }), top: options.top })}\n`,
      );
    });
}
