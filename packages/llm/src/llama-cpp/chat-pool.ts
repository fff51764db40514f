import type { LlamaChat } from "node-llama-cpp";

/** Hands out the chats of a context's sequences, one caller each, in arrival order. */
export interface ChatPool {
  acquire(abortSignal?: AbortSignal): Promise<LlamaChat>;
  release(chat: LlamaChat): void;
}

/** A first-come, first-served pool over a fixed set of chats (one per context sequence). */
export function createChatPool(chats: readonly LlamaChat[]): ChatPool {
  const free = [...chats];
  const waiting: Array<(chat: LlamaChat) => void> = [];
  return {
    acquire(abortSignal) {
      abortSignal?.throwIfAborted();
      const chat = free.pop();
      if (chat !== undefined) {
        return Promise.resolve(chat);
      }
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          waiting.splice(waiting.indexOf(grant), 1);
          reject(abortSignal?.reason);
        };
        const grant = (granted: LlamaChat) => {
          abortSignal?.removeEventListener("abort", onAbort);
          resolve(granted);
        };
        waiting.push(grant);
        abortSignal?.addEventListener("abort", onAbort, { once: true });
      });
    },
    release(chat) {
      const next = waiting.shift();
      if (next === undefined) {
        free.push(chat);
      } else {
        next(chat);
      }
    },
  };
}
