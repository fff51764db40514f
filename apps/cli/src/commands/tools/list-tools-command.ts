import { stringifyJson } from "@apigen/core";
import { type BuiltinTool, builtinTools } from "@apigen/tools";
import type { Command } from "commander";
import type { RunIo } from "../../run-io.js";
import { resolveCategory } from "./resolve-category.js";

const descriptionWidth = 72;

/**
 * Adds `list [--category <name>] [--json]` to the `tools` command: a table of the built-in tools (name,
 * category, whether the tool is a simulated service, a one-line description) with counts per category.
 */
export function addListToolsCommand(parent: Command, io: RunIo): Command {
  return parent
    .command("list")
    .description("List the built-in tools: name, category, simulated service or not, and what each does.")
    .option(
      "-c, --category <name>",
      "only the tools of one category (e.g. Math, Finance; case does not matter)",
    )
    .option(
      "--json",
      "print a JSON array of { name, category, simulated, covers, description } instead of a table",
    )
    .addHelpText(
      "after",
      "\nA simulated tool stands for a live service (weather, flights, quotes) and answers deterministically from\n" +
        "data shipped with @apigen/tools; the others compute for real.\n\n" +
        "Examples:\n  apigen tools list\n  apigen tools list --category Math\n  apigen tools list --json",
    )
    .action((options: { category?: string; json?: boolean }) => {
      const categories = [...new Set(builtinTools.map((builtin) => builtin.tool.category ?? "Other"))];
      const category =
        options.category === undefined ? undefined : resolveCategory(options.category, categories);
      const tools = builtinTools.filter(
        (builtin) => category === undefined || builtin.tool.category === category,
      );
      if (options.json === true) {
        io.stdout.write(`${stringifyJson(tools.map(summary), { indent: 2 })}\n`);
        return;
      }
      if (tools.length === 0) {
        io.stdout.write(`No built-in tools in ${category ?? "the library"} yet.\n`);
        return;
      }
      io.stdout.write(renderTable(tools));
    });
}

function summary(builtin: BuiltinTool) {
  return {
    name: builtin.tool.name,
    category: builtin.tool.category ?? null,
    simulated: builtin.simulated !== undefined,
    covers: builtin.simulated?.covers ?? null,
    description: builtin.tool.description,
  };
}

/** The first sentence: ends at a period and a space, but not after an abbreviation or inside parentheses. */
function firstSentence(text: string): string {
  const line = text.split("\n")[0] ?? "";
  let depth = 0;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    depth += character === "(" ? 1 : character === ")" ? -1 : 0;
    if (
      character === "." &&
      depth <= 0 &&
      /\s/.test(line[index + 1] ?? "") &&
      !/\b(?:e\.g|i\.e|etc|vs|approx)$/i.test(line.slice(0, index))
    ) {
      return line.slice(0, index + 1);
    }
  }
  return line;
}

function oneLine(text: string): string {
  const first = firstSentence(text).trim();
  return first.length > descriptionWidth ? `${first.slice(0, descriptionWidth - 1)}…` : first;
}

function renderTable(tools: readonly BuiltinTool[]): string {
  const rows = tools.map((builtin) => [
    builtin.tool.name,
    builtin.tool.category ?? "",
    builtin.simulated === undefined ? "no" : "yes",
    oneLine(builtin.tool.description),
  ]);
  const header = ["NAME", "CATEGORY", "SIMULATED", "DESCRIPTION"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join("  ")}\n`;
  const counts = new Map<string, number>();
  for (const builtin of tools) {
    const category = builtin.tool.category ?? "";
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const simulated = tools.filter((builtin) => builtin.simulated !== undefined).length;
  const perCategory = [...counts].map(([category, count]) => `${category} ${count}`).join(", ");
  return (
    [line(header), ...rows.map(line)].join("") +
    `\n${perCategory}\n` +
    `${tools.length} ${tools.length === 1 ? "tool" : "tools"} in ${counts.size} ` +
    `${counts.size === 1 ? "category" : "categories"}, ${simulated} simulated\n`
  );
}
