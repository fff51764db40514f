import { availableParallelism } from "node:os";
import type { ResourceLimits } from "node:worker_threads";
import { builtinTools } from "../builtin/builtin-tools.js";
import type { BuiltinTool } from "../builtin/define-tool.js";
import { createWorkerPool, type WorkerPool } from "./create-worker-pool.js";
import { invokeBuiltinTool } from "./invoke-builtin-tool.js";
import type { ToolSource } from "./tool-source.js";

/** Options of {@link createBuiltinSource}. */
export interface CreateBuiltinSourceOptions {
  /** The tools offered. In `worker` isolation each must also be in `registry`. @default builtinTools */
  tools?: readonly BuiltinTool[];
  /**
   * `worker` runs each call on a `worker_threads` pool, so a hang or a runaway allocation costs a worker, not
   * the run; `in-process` calls the tool directly (fastest, no protection). @default "worker"
   */
  isolation?: "worker" | "in-process";
  /** Pool size. @default availableParallelism() */
  workers?: number;
  /** Heap limits of each worker. @default { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 } */
  resourceLimits?: ResourceLimits;
  /**
   * The module the workers load tools from, by name: its `exportName` export is an array of built-in tools.
   * @default the package's own built-in registry, export `builtinTools`
   */
  registry?: { url: string | URL; exportName?: string };
  /** The seed used when a call gives none. @default 0 */
  seed?: number;
}

const here = import.meta.url;
const defaultRegistry = new URL(
  here.endsWith(".ts") ? "../builtin/builtin-tools.ts" : "../builtin/builtin-tools.js",
  here,
);

/**
 * The built-in library as a {@link ToolSource}. With `worker` isolation (the default), calls run on a pool of
 * worker threads under a heap limit: a call past its time limit terminates its worker and answers `timeout`, a
 * heap blow-up answers `memory_limit`, and a fresh worker takes over. Workers have the rights of this
 * process: the pool contains accidents of trusted code, not hostile code (use a module source for that).
 *
 * @example
 * const executor = createToolExecutor({ sources: [createBuiltinSource()] });
 */
export function createBuiltinSource({
  tools = builtinTools,
  isolation = "worker",
  workers = availableParallelism(),
  resourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
  registry = { url: defaultRegistry },
  seed: defaultSeed = 0,
}: CreateBuiltinSourceOptions = {}): ToolSource {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new TypeError(`workers must be a positive integer; got ${workers}`);
  }
  const byName = new Map(tools.map((tool) => [tool.tool.name, tool]));
  let pool: WorkerPool | undefined;
  return {
    name: "builtin",
    async listTools() {
      return tools.map((tool) => tool.tool);
    },
    async call(call, { timeoutMs, abortSignal, seed = defaultSeed }) {
      const tool = byName.get(call.name);
      if (tool === undefined) {
        return { status: "unknown_tool", message: `No built-in tool named ${call.name}`, durationMs: 0 };
      }
      if (isolation === "in-process") {
        return invokeBuiltinTool({ tool, arguments: call.arguments, seed });
      }
      pool ??= createWorkerPool({
        registryUrl: String(registry.url),
        exportName: registry.exportName ?? "builtinTools",
        size: workers,
        resourceLimits,
      });
      return pool.run({
        name: call.name,
        arguments: call.arguments,
        seed,
        timeoutMs,
        ...(abortSignal === undefined ? {} : { abortSignal }),
      });
    },
    async close() {
      await pool?.close();
      pool = undefined;
    },
  };
}
