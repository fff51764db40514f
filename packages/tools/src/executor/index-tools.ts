import type { Tool } from "@apigen/core";
import type { ToolSource } from "./tool-source.js";
import { ToolSourceError } from "./tool-source-error.js";

/** A tool and the source that runs it. */
export interface IndexedTool {
  tool: Tool;
  source: ToolSource;
}

/**
 * Lists every source and maps each tool name to its tool and source. Throws a `ToolSourceError` naming every
 * name that two sources share, with both sources.
 */
export async function indexTools(sources: readonly ToolSource[]): Promise<Map<string, IndexedTool>> {
  const lists = await Promise.all(
    sources.map(async (source) => ({ source, tools: await source.listTools() })),
  );
  const index = new Map<string, IndexedTool>();
  const clashes: string[] = [];
  for (const { source, tools } of lists) {
    for (const tool of tools) {
      const known = index.get(tool.name);
      if (known === undefined) {
        index.set(tool.name, { tool, source });
      } else {
        clashes.push(`${tool.name} (${known.source.name}, ${source.name})`);
      }
    }
  }
  if (clashes.length > 0) {
    throw new ToolSourceError({
      source: sources.map((source) => source.name).join(", "),
      reason: `tool names clash across sources: ${clashes.join("; ")}`,
    });
  }
  return index;
}
