import { stringifyJson } from "@apigen/core";
import type { Llama, LlamaOptions } from "node-llama-cpp";

interface SharedLlama {
  llama: Promise<Llama>;
  users: number;
}

const shared = new Map<string, SharedLlama>();

/**
 * Gives a llama.cpp binding for a GPU setting, shared by every model in the process that uses the same setting
 * (loading one takes a while), and a `release` that frees it once its last user is done. Uses a prebuilt binary
 * and never compiles llama.cpp. node-llama-cpp itself is imported on the first call.
 */
export async function acquireLlama(
  gpu: NonNullable<LlamaOptions["gpu"]>,
): Promise<{ llama: Llama; release: () => Promise<void> }> {
  const key = stringifyJson(gpu);
  let entry = shared.get(key);
  if (entry === undefined) {
    const llama = import("node-llama-cpp").then(({ getLlama }) => getLlama({ gpu, build: "never" }));
    const created: SharedLlama = { llama, users: 0 };
    created.llama.catch(() => shared.delete(key));
    shared.set(key, created);
    entry = created;
  }
  entry.users++;
  const current = entry;
  let released = false;
  const release = async () => {
    if (released) {
      return;
    }
    released = true;
    current.users--;
    if (current.users === 0 && shared.get(key) === current) {
      shared.delete(key);
      await (await current.llama).dispose();
    }
  };
  try {
    return { llama: await current.llama, release };
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
}
