import type { ExecuteOptions, ExecutionOutcome, ToolCall, ToolExecutor } from "@apigen/core";
import type { SandboxInfo } from "../sandbox/detect-sandbox.js";
import { createArgumentValidator } from "../validation/create-argument-validator.js";
import { callWithBackstop } from "./call-with-backstop.js";
import { findCloseNames } from "./find-close-names.js";
import { type IndexedTool, indexTools } from "./index-tools.js";
import { limitResult } from "./limit-result.js";
import type { ToolSource } from "./tool-source.js";

/** An outcome of {@link createToolExecutor}: core's outcome, with the result's size measured. */
export type ExecutorOutcome = ExecutionOutcome;

/** Options of {@link createToolExecutor}. */
export interface CreateToolExecutorOptions {
  /** Where tools come from; tool names must be unique across them. */
  sources: readonly ToolSource[];
  /** Wall-clock limit of a call when `execute` gives none. @default 10_000 */
  timeoutMs?: number;
  /** Results larger than this (as JSON text, bytes) are truncated; see {@link ExecutorOutcome}. @default 64_000 */
  maxResultBytes?: number;
  /** Passed to the sources with every call, for simulated services. @default 0 */
  seed?: number;
  /** Receives one-line warnings, e.g. when a sandboxed source lacks some protection. */
  logger?: { warn(message: string): void };
}

/** A {@link ToolExecutor} over several sources. */
export interface ApigenToolExecutor extends ToolExecutor {
  execute(call: ToolCall, options?: ExecuteOptions): Promise<ExecutorOutcome>;
  /** The sandbox of the first sandboxed source (JS, Python modules), or undefined when none is sandboxed. */
  readonly protection: SandboxInfo | undefined;
  /** Closes every source. */
  close(): Promise<void>;
}

/**
 * Creates the executor the verifier and the BFCL checker run calls through. It finds the tool by name across
 * the sources (`unknown_tool`, with close names, when none has it), validates the arguments against the
 * tool's parameter schema (`invalid_arguments` with the validator's sentence), runs the call through its
 * source under the time limit, and measures the result, truncating one over `maxResultBytes`. It never throws
 * for a failing call. A broken setup is not a failing call: when a source cannot list its tools, or two
 * sources offer one tool name, `listTools` and `execute` reject with a `ToolSourceError` naming the source or
 * each clash (names are checked when the sources are first listed); two sources with one name fail at once.
 *
 * @example
 * const executor = createToolExecutor({ sources: [createBuiltinSource(), createJsModuleSource({ path })] });
 * const outcome = await executor.execute({ name: "add_numbers", arguments: { a: 1, b: 2 } });
 */
export function createToolExecutor({
  sources,
  timeoutMs: defaultTimeoutMs = 10_000,
  maxResultBytes = 64_000,
  seed = 0,
  logger,
}: CreateToolExecutorOptions): ApigenToolExecutor {
  const sourceNames = sources.map((source) => source.name);
  const repeated = sourceNames.filter((name, index) => sourceNames.indexOf(name) !== index);
  if (repeated.length > 0) {
    throw new TypeError(`Tool source names must be unique; repeated: ${[...new Set(repeated)].join(", ")}`);
  }
  const protection = sources
    .map((source) => (source as { protection?: SandboxInfo }).protection)
    .find((info) => info !== undefined);
  if (protection?.warning !== undefined) {
    logger?.warn(protection.warning);
  }
  const validator = createArgumentValidator();
  let index: Promise<Map<string, IndexedTool>> | undefined;
  const load = () => {
    index ??= indexTools(sources);
    index.catch(() => {
      index = undefined;
    });
    return index;
  };
  return {
    protection,
    async listTools() {
      return [...(await load()).values()].map((entry) => entry.tool);
    },
    async execute(call, { timeoutMs = defaultTimeoutMs, abortSignal } = {}) {
      const started = performance.now();
      const elapsed = () => performance.now() - started;
      const tools = await load();
      const entry = tools.get(call.name);
      if (entry === undefined) {
        const close = findCloseNames(call.name, tools.keys());
        const hint =
          close.length === 0 ? "" : `; did you mean ${close.map((name) => `'${name}'`).join(", ")}?`;
        return {
          status: "unknown_tool",
          message: `No tool named '${call.name}'${hint}`,
          durationMs: elapsed(),
        };
      }
      let checked: ReturnType<typeof validator.validate>;
      try {
        checked = validator.validate(entry.tool.parameters, call.arguments);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          status: "tool_error",
          message: `The tool's parameter schema is invalid: ${reason}`,
          durationMs: elapsed(),
        };
      }
      if (!checked.success) {
        return { status: "invalid_arguments", message: checked.error.message, durationMs: elapsed() };
      }
      const outcome = await callWithBackstop(entry.source, call, { timeoutMs, seed, abortSignal });
      if (outcome.status !== "ok") {
        return outcome;
      }
      const limited = limitResult(outcome.output, maxResultBytes);
      return {
        ...outcome,
        output: limited.output,
        resultBytes: limited.resultBytes,
        ...(limited.truncated ? { truncated: true } : {}),
      };
    },
    async close() {
      await Promise.all(sources.map((source) => source.close()));
    },
  };
}
