import type { Tool } from "@apigen/core";

/** A tool with the category it belongs to (built-in tools carry it in `category`; others: the source name). */
export interface CategorizedTool {
  tool: Tool;
  category: string;
}

/** Options of {@link categorizeTools}. */
export interface CategorizeToolsOptions {
  tools: readonly Tool[];
  /**
   * The category of tools that carry none (a source's name, e.g. `"petstore"`).
   * @default the tool's `source.ref`, else `source.kind`, else `"Other"`
   */
  fallbackCategory?: string;
}

/**
 * Pairs each tool with its category: the tool's own `category`, else `fallbackCategory`, else its source.
 *
 * @example
 * const sampler = createApiSampler({ tools: categorizeTools({ tools }), random });
 */
export function categorizeTools({ tools, fallbackCategory }: CategorizeToolsOptions): CategorizedTool[] {
  return tools.map((tool) => ({
    tool,
    category: tool.category ?? fallbackCategory ?? tool.source?.ref ?? tool.source?.kind ?? "Other",
  }));
}
