import type { Command } from "commander";
import type { RunIo } from "../../run-io.js";
import { addListToolsCommand } from "./list-tools-command.js";
import { addShowToolCommand } from "./show-tool-command.js";

/**
 * Adds `apigen tools` (with `list` and `show`) to the program: browse the built-in tool library by category
 * and print a tool's schemas and examples.
 */
export function registerToolsCommand(program: Command, io: RunIo): Command {
  const tools = program
    .command("tools")
    .description(
      "Browse the built-in tool library: list tools by category, show one tool's schemas and examples.",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  apigen tools list --category Finance\n  apigen tools show solve_quadratic",
    );
  addListToolsCommand(tools, io);
  addShowToolCommand(tools, io);
  return tools;
}
