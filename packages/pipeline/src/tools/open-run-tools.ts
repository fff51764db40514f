import type { RunConfig, ToolExecutor } from "@apigen/core";
import type { CategorizedTool } from "@apigen/generator";
import {
  createToolExecutor,
  type SandboxInfo,
  type SandboxLogger,
  type ToolSource,
  ToolSourceError,
} from "@apigen/tools";
import { planToolSources } from "./plan-tool-sources.js";

/** The tools of a run, ready to sample from and to execute. */
export interface RunTools {
  /** Runs calls against every source. */
  executor: ToolExecutor;
  /** Every tool with its category, in source order. */
  tools: CategorizedTool[];
  /** One line per source, e.g. `builtin: Finance, Math (28 tools)`, for `RunStats.sources`. */
  sources: string[];
  /** Stops workers, child processes and MCP servers. */
  close(): Promise<void>;
}

/** Options of {@link openRunTools}. */
export interface OpenRunToolsOptions {
  /** The sandbox JS and Python modules run in. @default detected */
  sandbox?: SandboxInfo;
  /** Receives one-line warnings (e.g. a missing sandbox protection). */
  logger?: SandboxLogger & { warn(message: string): void };
  /** The seed simulated services answer with. @default 0 */
  seed?: number;
  /** The default time limit of one call. @default 10000 */
  timeoutMs?: number;
  /** How built-in tools run (see `createBuiltinSource`). @default "worker" */
  builtinIsolation?: "worker" | "in-process";
  /** A `fetch` for OpenAPI services. */
  fetch?: typeof fetch;
}

/**
 * Opens the tool sources of a run config (built-ins, JS/Python modules, OpenAPI documents, MCP servers), lists
 * their tools with a category each, and builds one executor over them. Built-in tools keep their library
 * category; other tools take the entry's `category`, else their own, else the kind of source (`module`,
 * `openapi`, `mcp`). Two sources offering one tool name, an unknown built-in category, or a source that cannot
 * list its tools reject with a `ToolSourceError`, after closing whatever was opened.
 *
 * @example
 * const { executor, tools, sources, close } = await openRunTools(config.tools, { seed: config.seed });
 */
export async function openRunTools(
  config: RunConfig["tools"],
  {
    sandbox,
    logger,
    seed = 0,
    timeoutMs = 10_000,
    builtinIsolation = "worker",
    fetch,
  }: OpenRunToolsOptions = {},
): Promise<RunTools> {
  const planned = planToolSources(config, {
    ...(sandbox === undefined ? {} : { sandbox }),
    ...(logger === undefined ? {} : { logger }),
    seed,
    builtinIsolation,
    ...(fetch === undefined ? {} : { fetch }),
  });
  const closeAll = async () => {
    await Promise.allSettled(planned.map((plan) => plan.source.close()));
  };
  try {
    const listed = await Promise.all(
      planned.map(async (plan) => ({ plan, tools: await listOrExplain(plan.source) })),
    );
    const tools: CategorizedTool[] = [];
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { plan, tools: list } of listed) {
      for (const tool of list) {
        const first = owner.get(tool.name);
        if (first !== undefined) {
          clashes.push(`"${tool.name}" is offered by both ${first} and ${plan.label}`);
          continue;
        }
        owner.set(tool.name, plan.label);
        tools.push({ tool, category: plan.category ?? tool.category ?? plan.kind });
      }
    }
    if (clashes.length > 0) {
      throw new ToolSourceError({
        source: "run tools",
        reason: `tool names must be unique: ${clashes.join("; ")}`,
      });
    }
    const executor = createToolExecutor({
      sources: planned.map((plan) => plan.source),
      timeoutMs,
      seed,
      ...(logger === undefined ? {} : { logger }),
    });
    const sources = listed.map(
      ({ plan, tools: list }) => `${plan.label} (${list.length} ${list.length === 1 ? "tool" : "tools"})`,
    );
    return { executor, tools, sources, close: () => executor.close() };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function listOrExplain(source: ToolSource) {
  try {
    return await source.listTools();
  } catch (error) {
    if (ToolSourceError.isInstance(error)) {
      throw error;
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ToolSourceError({
      source: source.name,
      reason: `cannot list its tools: ${reason}`,
      cause: error,
    });
  }
}
