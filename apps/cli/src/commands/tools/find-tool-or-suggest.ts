import { type BuiltinTool, builtinTools, findCloseNames } from "@apigen/tools";

/**
 * The built-in tool with this name; throws an `Error` whose message suggests close names and how to list
 * them all (the CLI prints it and exits with 1).
 */
export function findToolOrSuggest(name: string, tools: readonly BuiltinTool[] = builtinTools): BuiltinTool {
  const found = tools.find((builtin) => builtin.tool.name === name);
  if (found !== undefined) {
    return found;
  }
  const suggestions = findCloseNames(
    name,
    tools.map((builtin) => builtin.tool.name),
  );
  const hint = suggestions.length === 0 ? "" : ` Did you mean ${suggestions.join(", ")}?`;
  throw new Error(`unknown tool "${name}".${hint} Run "apigen tools list" to see every tool.`);
}
