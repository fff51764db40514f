import type { RunConfig } from "@apigen/core";
import { type BuiltinTool, builtinTools, findCloseNames, ToolSourceError } from "@apigen/tools";

/** The built-in tools a run's `tools.builtin` asks for, and the category names it matched. */
export interface SelectedBuiltinTools {
  tools: BuiltinTool[];
  /** The categories asked for, spelt as the library spells them; empty for all. */
  categories: string[];
}

/**
 * Picks built-in tools by category (matched without regard to case) and by name; both filters apply when both
 * are given. An unknown category or name throws a `ToolSourceError` listing close and valid choices.
 */
export function selectBuiltinTools({
  categories: wanted = [],
  names = [],
  library = builtinTools,
}: NonNullable<RunConfig["tools"]["builtin"]> & { library?: readonly BuiltinTool[] }): SelectedBuiltinTools {
  const known = [...new Set(library.map((builtin) => builtin.tool.category ?? "Other"))].sort();
  const categories = wanted.map((category) => {
    const found = known.find((name) => name.toLowerCase() === category.trim().toLowerCase());
    if (found === undefined) {
      const close = findCloseNames(category, known);
      throw new ToolSourceError({
        source: "builtin",
        reason: `unknown category "${category}".${close.length > 0 ? ` Did you mean ${close.join(", ")}?` : ""} Categories: ${known.join(", ")}.`,
      });
    }
    return found;
  });
  const allNames = library.map((builtin) => builtin.tool.name);
  for (const name of names) {
    if (!allNames.includes(name)) {
      const close = findCloseNames(name, allNames);
      throw new ToolSourceError({
        source: "builtin",
        reason: `no built-in tool named "${name}"${close.length > 0 ? `; did you mean ${close.join(", ")}?` : ""} (apigen tools list shows them all)`,
      });
    }
  }
  const tools = library.filter(
    (builtin) =>
      (categories.length === 0 || categories.includes(builtin.tool.category ?? "Other")) &&
      (names.length === 0 || names.includes(builtin.tool.name)),
  );
  return { tools, categories };
}
