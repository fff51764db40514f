import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";
import { type ExecutionOutcome, type JsonObject, parseJson, stringifyJson } from "@apigen/core";
import type { BuiltinWorkerReply } from "./builtin-worker.js";

/** Options of {@link createWorkerPool}. */
export interface CreateWorkerPoolOptions {
  /** URL of the module whose `exportName` export is the array of built-in tools. */
  registryUrl: string;
  exportName: string;
  size: number;
  resourceLimits: ResourceLimits;
}

/** A task for the pool. */
export interface WorkerTask {
  name: string;
  arguments: JsonObject;
  seed: number;
  timeoutMs: number;
  abortSignal?: AbortSignal;
}

/** Runs built-in tools on a fixed set of worker threads, replacing a worker that hangs or runs out of heap. */
export interface WorkerPool {
  run(task: WorkerTask): Promise<ExecutionOutcome>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker | undefined;
  busy: boolean;
}

const here = import.meta.url;
const fromSources = here.endsWith(".ts");

function workerEntry(): { entry: URL | string; eval: boolean } {
  if (!fromSources) {
    return { entry: new URL("./builtin-worker.js", here), eval: false };
  }
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const worker = new URL("./builtin-worker.ts", here).href;
  return {
    entry: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
  };
}

/**
 * Creates a pool of `worker_threads` for built-in tools. A call past its time limit terminates its worker
 * (`timeout`); a worker that dies of its heap limit answers `memory_limit`; any other death is `crashed`. A new
 * worker takes the dead one's place on the next task. Run from TypeScript sources (tests), a worker registers
 * `tsx` and imports `builtin-worker.ts`; from `dist`, it runs the compiled `builtin-worker.js`.
 */
export function createWorkerPool({
  registryUrl,
  exportName,
  size,
  resourceLimits,
}: CreateWorkerPoolOptions): WorkerPool {
  const { entry, eval: evaluate } = workerEntry();
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: undefined, busy: false }));
  const waiting: Array<(slot: Slot) => void> = [];
  let nextId = 1;
  let closed = false;

  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(entry, {
      eval: evaluate,
      workerData: { registryUrl, exportName },
      resourceLimits,
    });
    worker.unref();
    worker.on("error", () => undefined);
    worker.once("exit", () => {
      if (slot.worker === worker) {
        slot.worker = undefined;
      }
    });
    slot.worker = worker;
    return worker;
  };
  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next === undefined) {
      slot.busy = false;
      slot.worker?.unref();
    } else {
      next(slot);
    }
  };
  const acquire = () =>
    new Promise<Slot>((resolve) => {
      const free = slots.find((slot) => !slot.busy);
      if (free === undefined) {
        waiting.push(resolve);
      } else {
        free.busy = true;
        resolve(free);
      }
    });

  const runOn = (slot: Slot, task: WorkerTask) =>
    new Promise<ExecutionOutcome>((resolve) => {
      const started = performance.now();
      const worker = slot.worker ?? spawn(slot);
      worker.ref();
      const id = nextId++;
      const cleanup = () => {
        clearTimeout(timer);
        task.abortSignal?.removeEventListener("abort", onAbort);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const fail = (
        status: Exclude<ExecutionOutcome["status"], "ok">,
        message: string,
        terminate: boolean,
      ) => {
        cleanup();
        slot.worker = undefined;
        if (terminate) {
          void worker.terminate();
        }
        resolve({ status, message, durationMs: performance.now() - started });
      };
      const onMessage = (reply: BuiltinWorkerReply) => {
        if (reply.id === id) {
          cleanup();
          resolve(parseJson(reply.outcome) as ExecutionOutcome);
        }
      };
      const onError = (error: Error & { code?: string }) => {
        if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
          fail("memory_limit", `The tool ran out of memory (worker heap limit): ${error.message}`, true);
        } else {
          fail("crashed", `The tool's worker failed: ${error.message}`, true);
        }
      };
      const onExit = (code: number) => fail("crashed", `The tool's worker exited with code ${code}`, false);
      const onAbort = () => fail("timeout", "The call was aborted", true);
      const timer = setTimeout(
        () => fail("timeout", `The tool did not answer within ${task.timeoutMs} ms`, true),
        task.timeoutMs,
      );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      if (task.abortSignal?.aborted === true) {
        onAbort();
        return;
      }
      task.abortSignal?.addEventListener("abort", onAbort, { once: true });
      worker.postMessage({ id, name: task.name, arguments: stringifyJson(task.arguments), seed: task.seed });
    });

  return {
    async run(task) {
      if (closed) {
        return { status: "crashed", message: "The tool executor is closed", durationMs: 0 };
      }
      const slot = await acquire();
      try {
        return await runOn(slot, task);
      } finally {
        release(slot);
      }
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker?.terminate()));
      for (const slot of slots) {
        slot.worker = undefined;
      }
    },
  };
}
