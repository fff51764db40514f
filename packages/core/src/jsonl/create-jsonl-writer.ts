import { type FileHandle, open } from "node:fs/promises";
import { type StringifyJsonOptions, stringifyJson } from "../json/stringify-json.js";

/** Options of {@link createJsonlWriter}. */
export interface JsonlWriterOptions {
  /**
   * Add to the end of an existing file instead of replacing it.
   * @default false
   */
  append?: boolean;
  /**
   * Bytes to gather before writing them out; `flush()` writes earlier.
   * @default 65536
   */
  bufferSize?: number;
  /** How each value is written; `indent` is not allowed (one value per line). */
  stringify?: Omit<StringifyJsonOptions, "indent">;
}

/** Writes JSON values as lines; see {@link createJsonlWriter}. */
export interface JsonlWriter {
  /** Queues one value as one line. Resolves once the line is buffered (or written, when the buffer filled). */
  write(value: unknown): Promise<void>;
  /** Writes what is buffered; with `sync`, also waits until the operating system has it on disk. */
  flush(options?: { sync?: boolean }): Promise<void>;
  /** Flushes, syncs and closes the file. Further writes throw. */
  close(): Promise<void>;
  /** Lines accepted so far. */
  readonly count: number;
}

/**
 * Opens a JSON Lines file for streaming writes. Lines are written whole and in call order, even when `write`
 * is called without awaiting; memory holds at most `bufferSize` bytes of pending lines.
 *
 * @example
 * const writer = await createJsonlWriter("accepted.jsonl", { append: true });
 * await writer.write(row);
 * await writer.flush({ sync: true }); // durable now
 * await writer.close();
 */
export async function createJsonlWriter(
  path: string,
  { append = false, bufferSize = 65536, stringify = {} }: JsonlWriterOptions = {},
): Promise<JsonlWriter> {
  const handle: FileHandle = await open(path, append ? "a" : "w");
  let buffer: string[] = [];
  let buffered = 0;
  let count = 0;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();

  const drain = async (sync: boolean): Promise<void> => {
    if (buffer.length > 0) {
      const text = buffer.join("");
      buffer = [];
      buffered = 0;
      await handle.write(text);
    }
    if (sync) {
      await handle.sync();
    }
  };
  const enqueue = (task: () => Promise<void>): Promise<void> => {
    queue = queue.then(task);
    return queue;
  };

  return {
    get count() {
      return count;
    },
    write(value) {
      if (closed) {
        return Promise.reject(new Error(`Cannot write to ${path}: the writer is closed`));
      }
      const line = `${stringifyJson(value, stringify)}\n`;
      count++;
      buffer.push(line);
      buffered += line.length;
      return buffered >= bufferSize ? enqueue(() => drain(false)) : queue;
    },
    flush({ sync = false } = {}) {
      return enqueue(() => drain(sync));
    },
    async close() {
      if (closed) {
        return;
      }
      closed = true;
      await enqueue(() => drain(true));
      await handle.close();
    },
  };
}
