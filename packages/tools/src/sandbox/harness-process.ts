import type { ChildProcessWithoutNullStreams } from "node:child_process";
import {
  type ExecutionStatus,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  parseJson,
  stringifyJson,
} from "@apigen/core";
import { classifyExit } from "./classify-exit.js";
import { killSandboxed, type SpawnSandboxedOptions, spawnSandboxed } from "./spawn-sandboxed.js";

/** What a harness answered to one request, or how the request failed. */
export type HarnessReply =
  | { ok: true; value: JsonObject }
  | { ok: false; status: Exclude<ExecutionStatus, "ok">; message: string };

const stderrKeep = 4096;

/**
 * One sandboxed child speaking newline-delimited JSON: each request `{"id", ...}` gets one answer line with
 * the same id. Requests run one at a time. A timeout, an abort or an over-long answer line kills the child's
 * process group; a death while a request is open is classified from the exit and stderr. The child is
 * replaced before its busy time reaches half its CPU-time limit, since `prlimit --cpu` counts a process's
 * whole life.
 */
export class HarnessProcess {
  #child: ChildProcessWithoutNullStreams | undefined;
  #starting: Promise<ChildProcessWithoutNullStreams> | undefined;
  #stderr = "";
  #startError: string | undefined;
  #busyMs = 0;
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();
  #settle: ((reply: HarnessReply) => void) | undefined;
  #pendingId = 0;

  constructor(private readonly spawnOptions: SpawnSandboxedOptions) {}

  /** Sends one request and waits for its answer, under the time limit. */
  request(
    message: JsonObject,
    { timeoutMs, abortSignal }: { timeoutMs: number; abortSignal?: AbortSignal },
  ): Promise<HarnessReply> {
    const run = this.#queue.then(() => this.#send(message, timeoutMs, abortSignal));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Kills the child, if one runs, and waits for it to end. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (child !== undefined) {
      const exited =
        child.exitCode === null && child.signalCode === null
          ? new Promise((resolve) => child.once("exit", resolve))
          : Promise.resolve();
      this.#discard(child);
      await exited;
    }
  }

  #discard(child: ChildProcessWithoutNullStreams): void {
    if (this.#child === child) {
      this.#child = undefined;
    }
    killSandboxed(child);
  }

  async #start(): Promise<ChildProcessWithoutNullStreams> {
    const child = await spawnSandboxed(this.spawnOptions);
    this.#child = child;
    this.#stderr = "";
    this.#startError = undefined;
    this.#busyMs = 0;
    let buffer = "";
    const cap = this.spawnOptions.limits.outputBytes + 1024;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffer += chunk;
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        this.#onLine(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
      }
      if (buffer.length > cap) {
        buffer = "";
        const limit = this.spawnOptions.limits.outputBytes;
        this.#finish({
          ok: false,
          status: "tool_error",
          message: `The tool's answer exceeds the output cap of ${limit} bytes`,
        });
        this.#discard(child);
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      this.#stderr = (this.#stderr + chunk).slice(-stderrKeep);
    });
    child.stdin.on("error", () => undefined);
    child.on("error", (error) => {
      this.#startError = `Cannot start the tool process: ${error.message}`;
      if (this.#child === child) {
        this.#child = undefined;
      }
      this.#finish({ ok: false, status: "crashed", message: this.#startError });
    });
    child.on("exit", (code, signal) => {
      if (this.#child === child) {
        this.#child = undefined;
        this.#finish({ ok: false, ...classifyExit({ code, signal, stderr: this.#stderr }) });
      }
    });
    return child;
  }

  #onLine(line: string): void {
    if (line.trim() === "") {
      return;
    }
    let value: JsonValue;
    try {
      value = parseJson(line);
    } catch {
      return;
    }
    if (isJsonObject(value) && value.id === this.#pendingId) {
      this.#finish({ ok: true, value });
    }
  }

  #finish(reply: HarnessReply): void {
    const settle = this.#settle;
    this.#settle = undefined;
    settle?.(reply);
  }

  async #send(
    message: JsonObject,
    timeoutMs: number,
    abortSignal: AbortSignal | undefined,
  ): Promise<HarnessReply> {
    if (this.#child === undefined) {
      this.#starting ??= this.#start().finally(() => {
        this.#starting = undefined;
      });
      await this.#starting;
    }
    const child = this.#child;
    if (child === undefined) {
      return { ok: false, status: "crashed", message: this.#startError ?? "The tool process did not start" };
    }
    const id = this.#nextId++;
    this.#pendingId = id;
    const started = performance.now();
    const reply = await new Promise<HarnessReply>((resolve) => {
      const stop = (text: string) => {
        this.#finish({ ok: false, status: "timeout", message: text });
        this.#discard(child);
      };
      const timer = setTimeout(() => stop(`The tool did not answer within ${timeoutMs} ms`), timeoutMs);
      const onAbort = () => stop("The call was aborted");
      this.#settle = (answer) => {
        clearTimeout(timer);
        abortSignal?.removeEventListener("abort", onAbort);
        resolve(answer);
      };
      if (abortSignal?.aborted === true) {
        onAbort();
        return;
      }
      abortSignal?.addEventListener("abort", onAbort, { once: true });
      child.stdin.write(`${stringifyJson({ ...message, id })}\n`);
    });
    this.#busyMs += performance.now() - started;
    if (this.#child === child && this.#busyMs > this.spawnOptions.limits.cpuSeconds * 500) {
      this.#discard(child);
    }
    return reply;
  }
}
