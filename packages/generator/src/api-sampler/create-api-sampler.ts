import type { QueryStyle, Random, Tool } from "@apigen/core";
import type { CategorizedTool } from "../categorized-tool.js";
import { type CountRange, checkCountRange } from "../count-range.js";
import { SamplingError } from "../errors/sampling-error.js";
import { fillLeastUsed } from "./fill-least-used.js";
import { type CategoryGroup, requiredParameters, ToolLibrary } from "./tool-library.js";

/** Options of {@link createApiSampler}. */
export interface ApiSamplerOptions {
  /** The tool library, each tool with its category. Tool names must be unique. */
  tools: readonly CategorizedTool[];
  /** From `createRandom(seed)` in `@apigen/core`; the sampler uses its own fork of it. */
  random: Random;
  /**
   * Tools offered for `multiple` / `parallel_multiple` (at least 2 are drawn), and the number of distractors
   * offered for `no_call`.
   * @default { min: 2, max: 5 }
   */
  toolsPerPrompt?: CountRange;
  /**
   * Draw the extra tools of `multiple` / `parallel_multiple` (and `no_call`'s distractors) from any category,
   * by weight. Otherwise the extras come from the primary tool's category (for `no_call`: from one other
   * category), and from further categories only when that one has too few.
   * @default false
   */
  crossCategory?: boolean;
  /**
   * Relative weight per category when a category is chosen; categories absent get weight 1; 0 excludes a
   * category altogether.
   * @default every category 1
   */
  categoryWeights?: Readonly<Record<string, number>>;
  /**
   * Uses already made, per tool name (what {@link ApiSampler.usage} returned, e.g. from a resumed run), so
   * coverage carries on where it stopped. Names not in the library are ignored.
   * @default every tool at 0
   */
  initialUsage?: Readonly<Record<string, number>>;
}

/** The tools one generation prompt offers, and what the prompt must do with them. */
export interface ToolDraw {
  /** The tools the prompt shows the model (for `no_call`: the offered tools, which cannot serve the request). */
  tools: Tool[];
  /** The category of the primary tool (for `no_call`: of the withheld one). */
  category: string;
  /** `no_call` only: the tool the query is about, not offered (shown to the model as unavailable). */
  withheld?: Tool;
  /** `missing_argument` only: the required parameter of `tools[0]` the query must leave out. */
  omit?: { tool: string; parameter: string };
}

/** Draws the tools of each prompt; see {@link createApiSampler}. */
export interface ApiSampler {
  /** The tools for one prompt of `style`. Throws a `SamplingError` when the library cannot serve the style. */
  draw(style: QueryStyle): ToolDraw;
  /** Uses so far, per tool name (every tool of the library, unused ones at 0). A tool is used when offered or withheld. */
  usage(): ReadonlyMap<string, number>;
}

/**
 * Creates the API sampler: which tools each prompt offers. `simple` and `parallel` draw one tool,
 * `multiple` and `parallel_multiple` `toolsPerPrompt` tools, `no_call` a withheld tool plus distractors from
 * another category (from its own when there is only one), `missing_argument` one tool with a required parameter to leave out. The category is chosen
 * by weight, then its least-used tool (ties broken by the seeded random), so every tool of a category is used
 * before any is used twice. Deterministic for a seed and a sequence of calls; O(categories) per draw.
 *
 * @example
 * const sampler = createApiSampler({ tools: categorizeTools({ tools }), random: createRandom(7) });
 * const draw = sampler.draw("multiple"); // { tools: [3 tools], category: "Finance" }
 */
export function createApiSampler({
  tools,
  random: parentRandom,
  toolsPerPrompt = { min: 2, max: 5 },
  crossCategory = false,
  categoryWeights = {},
  initialUsage = {},
}: ApiSamplerOptions): ApiSampler {
  checkCountRange(toolsPerPrompt, "toolsPerPrompt");
  const library = new ToolLibrary(tools, categoryWeights, initialUsage);
  const random = parentRandom.fork("api-sampler");
  const anyGroup = () => true;

  const pickPrimary = (style: QueryStyle, eligible: (group: CategoryGroup) => boolean) => {
    const group = library.pickGroup(random, eligible) as CategoryGroup;
    const index = style === "missing_argument" ? group.required : group.all;
    return { group, id: index?.leastUsed(1, new Set(), random)[0] as number };
  };

  const fill = (
    first: CategoryGroup | undefined,
    need: number,
    chosen: Set<number>,
    accept: (group: CategoryGroup) => boolean,
  ) => fillLeastUsed({ library, random, crossCategory, first, need, chosen, accept });

  const draw = (style: QueryStyle): ToolDraw => {
    if (style === "simple" || style === "parallel") {
      const { group, id } = pickPrimary(style, anyGroup);
      return finish([id], group);
    }
    if (style === "missing_argument") {
      if (!library.groups.some((group) => group.required !== undefined)) {
        throw new SamplingError({
          style,
          reason: "no_required_parameter",
          message: "no tool has a required parameter to leave out; add such tools or drop this style",
        });
      }
      const { group, id } = pickPrimary(style, (candidate) => candidate.required !== undefined);
      const tool = library.tool(id);
      const result = finish([id], group);
      return { ...result, omit: { tool: tool.name, parameter: random.pick(requiredParameters(tool)) } };
    }
    if (style === "no_call") {
      if (library.tools.length < 2) {
        throw new SamplingError({
          style,
          reason: "too_few_tools",
          message: "no_call withholds one tool and offers others: the library needs at least 2 tools",
        });
      }
      const { group, id } = pickPrimary(style, anyGroup);
      const need = random.int(toolsPerPrompt.min, toolsPerPrompt.max);
      const chosen = new Set([id]);
      // Distractors come from other categories; with a single category, from the withheld tool's own.
      const single = library.groups.length < 2;
      const other = (candidate: CategoryGroup) => single || candidate !== group;
      fill(crossCategory || single ? undefined : library.pickGroup(random, other), need + 1, chosen, other);
      const offered = random.shuffle([...chosen].filter((chosenId) => chosenId !== id));
      library.use([id, ...offered]);
      return {
        tools: offered.map((offeredId) => library.tool(offeredId)),
        category: group.name,
        withheld: library.tool(id),
      };
    }
    if (library.tools.length < 2) {
      throw new SamplingError({
        style,
        reason: "too_few_tools",
        message: `the library offers ${library.tools.length} tool; ${style} needs at least 2`,
      });
    }
    const { group, id } = pickPrimary(style, anyGroup);
    const need = random.int(Math.max(2, toolsPerPrompt.min), Math.max(2, toolsPerPrompt.max));
    const chosen = new Set([id]);
    fill(crossCategory ? undefined : group, need, chosen, anyGroup);
    return finish(random.shuffle([...chosen]), group);
  };

  const finish = (ids: number[], group: CategoryGroup): ToolDraw => {
    library.use(ids);
    return { tools: ids.map((id) => library.tool(id)), category: group.name };
  };

  return {
    draw,
    usage: () => new Map(library.tools.map((entry, id) => [entry.tool.name, library.counts[id] ?? 0])),
  };
}
