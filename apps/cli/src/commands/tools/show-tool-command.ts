import { stringifyJson } from "@apigen/core";
import type { BuiltinTool } from "@apigen/tools";
import type { Command } from "commander";
import type { RunIo } from "../../run-io.js";
import { findToolOrSuggest } from "./find-tool-or-suggest.js";

/**
 * Adds `show <name> [--json]` to the `tools` command: a tool's description, category, whether it is a
 * simulated service and what its data covers, its parameters and returns schemas, and its examples.
 */
export function addShowToolCommand(parent: Command, io: RunIo): Command {
  return parent
    .command("show")
    .description("Show one built-in tool: description, category, simulated coverage, schemas and examples.")
    .argument("<name>", "the tool's name, as `apigen tools list` prints it (e.g. solve_quadratic)")
    .option(
      "--json",
      "print the tool as JSON (the canonical tool plus simulated, examples and invalidExamples)",
    )
    .addHelpText(
      "after",
      "\nAn unknown name exits with code 1 and suggests the closest names.\n\n" +
        "Examples:\n  apigen tools show solve_quadratic\n  apigen tools show solve_quadratic --json",
    )
    .action((name: string, options: { json?: boolean }) => {
      const builtin = findToolOrSuggest(name);
      if (options.json === true) {
        const { tool, simulated, examples, invalidExamples } = builtin;
        io.stdout.write(
          `${stringifyJson({ ...tool, simulated: simulated ?? null, examples, invalidExamples }, { indent: 2 })}\n`,
        );
        return;
      }
      io.stdout.write(render(builtin));
    });
}

function indent(text: string, spaces = 2): string {
  return text
    .split("\n")
    .map((line) => `${" ".repeat(spaces)}${line}`)
    .join("\n");
}

function render({ tool, simulated, examples, invalidExamples }: BuiltinTool): string {
  const call = (args: unknown) => `${tool.name}(${stringifyJson(args)})`;
  const sections = [
    `${tool.name}  [${tool.category ?? "no category"}]`,
    tool.description,
    simulated === undefined
      ? "Simulated: no (computes for real)"
      : `Simulated: yes, a deterministic stand-in for a live service; its data covers ${simulated.covers}`,
    `Parameters:\n${indent(stringifyJson(tool.parameters, { indent: 2 }))}`,
    `Returns:\n${indent(tool.returns === undefined ? "(not described)" : stringifyJson(tool.returns, { indent: 2 }))}`,
    `Examples:\n${examples.map((example) => indent(`${call(example.arguments)}\n  → ${stringifyJson(example.result)}`)).join("\n")}`,
    `Invalid calls (fail as invalid_arguments):\n${invalidExamples
      .map((example) => indent(`${call(example.arguments)}\n  ✗ ${example.error}`))
      .join("\n")}`,
  ];
  return `${sections.join("\n\n")}\n`;
}
