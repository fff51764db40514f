import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ExecutionOutcome,
  executionStatuses,
  type JsonObject,
  type JsonValue,
  type Tool,
  type ToolSource as ToolOrigin,
  toolSchema,
} from "@apigen/core";
import type { ToolSource } from "../executor/tool-source.js";
import { ToolSourceError } from "../executor/tool-source-error.js";
import { detectSandbox, type SandboxInfo } from "./detect-sandbox.js";
import { HarnessProcess, type HarnessReply } from "./harness-process.js";
import { resolveSandboxLimits, type SandboxLimits } from "./sandbox-limits.js";

/** Where a warning about missing protection goes. */
export interface SandboxLogger {
  warn(message: string): void;
}

/** A tool source whose code runs in a sandboxed child; says which protection it has. */
export interface SandboxedToolSource extends ToolSource {
  /** What the sandbox on this machine gives the child. */
  readonly protection: SandboxInfo;
}

/** Options of {@link createSandboxedModuleSource}. */
export interface CreateSandboxedModuleSourceOptions {
  name: string;
  origin: ToolOrigin;
  /** Interpreter and its arguments (the harness and the module path). */
  command: string;
  args: readonly string[];
  readOnlyPaths: readonly string[];
  env: Readonly<Record<string, string>>;
  scratchDirectory: string | undefined;
  limits: Partial<SandboxLimits> | undefined;
  mode: "warm" | "per-call";
  seed: number;
  sandbox: SandboxInfo | undefined;
  logger: SandboxLogger | undefined;
  /** Time allowed for loading the module and listing its tools. */
  listTimeoutMs: number;
}

const failureStatuses = new Set<string>(executionStatuses.filter((status) => status !== "ok"));
const restartAfter = new Set<string>(["timeout", "memory_limit", "crashed"]);

/** The shared body of the JS and Python module sources: a harness child under the sandbox. */
export function createSandboxedModuleSource(
  options: CreateSandboxedModuleSourceOptions,
): SandboxedToolSource {
  const { name, origin, command, args, readOnlyPaths, env, mode, seed, logger, listTimeoutMs } = options;
  const sandbox = options.sandbox ?? detectSandbox();
  if (sandbox.warning !== undefined) {
    logger?.warn(sandbox.warning);
  }
  const limits = resolveSandboxLimits(options.limits);
  let scratch: Promise<string> | undefined;
  const scratchDirectory = () => {
    scratch ??=
      options.scratchDirectory === undefined
        ? mkdtemp(join(tmpdir(), "apigen-scratch-"))
        : Promise.resolve(options.scratchDirectory);
    return scratch;
  };
  const newProcess = async () => {
    const directory = await scratchDirectory();
    return new HarnessProcess({
      sandbox,
      command,
      args,
      scratchDirectory: directory,
      readOnlyPaths,
      limits,
      env: { ...env, HOME: directory, TMPDIR: directory },
    });
  };
  let warm: Promise<HarnessProcess> | undefined;
  const ask = async (message: JsonObject, timeoutMs: number, abortSignal?: AbortSignal) => {
    const callOptions = abortSignal === undefined ? { timeoutMs } : { timeoutMs, abortSignal };
    if (mode === "per-call") {
      const child = await newProcess();
      try {
        return await child.request(message, callOptions);
      } finally {
        await child.stop();
      }
    }
    warm ??= newProcess();
    const child = await warm;
    const reply = await child.request(message, callOptions);
    const status = reply.ok ? (reply.value.ok === true ? "ok" : String(reply.value.status)) : reply.status;
    if (restartAfter.has(status)) {
      await child.stop();
    }
    return reply;
  };
  let tools: Promise<Tool[]> | undefined;
  return {
    name,
    protection: sandbox,
    listTools() {
      tools ??= ask({ op: "list" }, listTimeoutMs).then((reply) => readTools(name, origin, reply));
      tools.catch(() => {
        tools = undefined;
      });
      return tools;
    },
    async call(call, { timeoutMs, abortSignal }) {
      const started = performance.now();
      const reply = await ask(
        { op: "call", name: call.name, arguments: call.arguments, seed },
        timeoutMs,
        abortSignal,
      );
      return toOutcome(reply, performance.now() - started);
    },
    async close() {
      if (warm !== undefined) {
        await (await warm).stop();
        warm = undefined;
      }
      if (scratch !== undefined && options.scratchDirectory === undefined) {
        await rm(await scratch, { recursive: true, force: true });
      }
      scratch = undefined;
    },
  };
}

function readTools(name: string, origin: ToolOrigin, reply: HarnessReply): Tool[] {
  if (!reply.ok || reply.value.ok !== true || !Array.isArray(reply.value.tools)) {
    const reason = reply.ok ? String(reply.value.message ?? "no tool list") : reply.message;
    throw new ToolSourceError({ source: name, reason: `cannot list tools: ${reason}` });
  }
  return reply.value.tools.map((entry: JsonValue, index) => {
    const parsed = toolSchema.safeParse(entry);
    if (!parsed.success) {
      throw new ToolSourceError({
        source: name,
        reason: `tool ${index} is not a valid tool: ${parsed.error.issues[0]?.message ?? "invalid"}`,
      });
    }
    return { ...parsed.data, source: origin };
  });
}

function toOutcome(reply: HarnessReply, durationMs: number): ExecutionOutcome {
  if (!reply.ok) {
    return { status: reply.status, message: reply.message, durationMs };
  }
  const value = reply.value;
  if (value.ok === true) {
    return { status: "ok", output: value.result ?? null, durationMs };
  }
  const status = String(value.status);
  return {
    status: failureStatuses.has(status)
      ? (status as Exclude<ExecutionOutcome["status"], "ok">)
      : "tool_error",
    message: typeof value.message === "string" ? value.message : "The tool failed",
    durationMs,
  };
}
