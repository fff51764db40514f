import type { Random, Tool } from "@apigen/core";
import type { CategorizedTool } from "../categorized-tool.js";
import { UsageIndex } from "./usage-index.js";

/** One category of the library: its weight, its tools, and those of its tools with a required parameter. */
export interface CategoryGroup {
  name: string;
  weight: number;
  all: UsageIndex;
  required: UsageIndex | undefined;
}

/**
 * The sampler's tools, grouped by category, with their use counts (starting from `initialUsage`). Categories
 * of weight 0 are left out.
 * Throws a `TypeError` for an empty library, duplicate tool names or invalid weights.
 */
export class ToolLibrary {
  readonly tools: readonly CategorizedTool[];
  readonly counts: number[];
  readonly groups: CategoryGroup[];
  private readonly groupOf: CategoryGroup[];

  constructor(
    tools: readonly CategorizedTool[],
    weights: Readonly<Record<string, number>>,
    initialUsage: Readonly<Record<string, number>>,
  ) {
    for (const [name, count] of Object.entries(initialUsage)) {
      if (!Number.isSafeInteger(count) || count < 0) {
        throw new TypeError(`initialUsage.${name} must be an integer >= 0, got ${String(count)}`);
      }
    }
    for (const [category, weight] of Object.entries(weights)) {
      if (!Number.isFinite(weight) || weight < 0) {
        throw new TypeError(
          `categoryWeights.${category} must be a finite number >= 0, got ${String(weight)}`,
        );
      }
    }
    const names = new Set<string>();
    const members = new Map<string, number[]>();
    const kept: CategorizedTool[] = [];
    for (const entry of tools) {
      if (names.has(entry.tool.name)) {
        throw new TypeError(`Tool names must be unique: "${entry.tool.name}" appears twice`);
      }
      names.add(entry.tool.name);
      if ((weights[entry.category] ?? 1) === 0) {
        continue;
      }
      const ids = members.get(entry.category) ?? [];
      ids.push(kept.length);
      members.set(entry.category, ids);
      kept.push(entry);
    }
    if (kept.length === 0) {
      throw new TypeError(
        tools.length === 0
          ? "createApiSampler needs at least one tool"
          : "categoryWeights exclude every category: give at least one a weight above 0",
      );
    }
    this.tools = kept;
    this.counts = kept.map((entry) =>
      Object.hasOwn(initialUsage, entry.tool.name) ? (initialUsage[entry.tool.name] ?? 0) : 0,
    );
    this.groups = [...members].map(([name, ids]) => {
      const withRequired = ids.filter((id) => hasRequiredParameter((kept[id] as CategorizedTool).tool));
      return {
        name,
        weight: weights[name] ?? 1,
        all: new UsageIndex(ids, this.counts),
        required: withRequired.length === 0 ? undefined : new UsageIndex(withRequired, this.counts),
      };
    });
    const byName = new Map(this.groups.map((group) => [group.name, group]));
    this.groupOf = kept.map((entry) => byName.get(entry.category) as CategoryGroup);
  }

  /** The group of tool `id`. */
  group(id: number): CategoryGroup {
    return this.groupOf[id] as CategoryGroup;
  }

  /** One group, by weight, among those `accept` lets through; undefined when none does. */
  pickGroup(random: Random, accept: (group: CategoryGroup) => boolean): CategoryGroup | undefined {
    const candidates = this.groups.filter(accept);
    return candidates.length === 0
      ? undefined
      : random.weighted(
          candidates,
          candidates.map((group) => group.weight),
        );
  }

  /** Records one use of each tool in `ids`. */
  use(ids: readonly number[]): void {
    for (const id of ids) {
      this.counts[id] = (this.counts[id] ?? 0) + 1;
      const group = this.group(id);
      group.all.increment(id);
      group.required?.increment(id);
    }
  }

  /** The tool at `id`. */
  tool(id: number): Tool {
    return (this.tools[id] as CategorizedTool).tool;
  }
}

/** Whether a tool's parameters list at least one required property that exists. */
export function hasRequiredParameter(tool: Tool): boolean {
  return requiredParameters(tool).length > 0;
}

/** The tool's required parameter names that are declared in its `properties`. */
export function requiredParameters(tool: Tool): string[] {
  const properties = tool.parameters.properties ?? {};
  return (tool.parameters.required ?? []).filter((name) => Object.hasOwn(properties, name));
}
