import { access } from "node:fs/promises";
import { createJsonlWriter, isJsonObject, type JsonlWriter, readJsonl } from "@apigen/core";
import type { ApiBatchRequestLine } from "./batch-request-line.js";

/** A batch input file that collects requests no result answered yet, each `custom_id` once. */
export interface PendingRequestsFile {
  /** Appends the line unless its `custom_id` is already in the file. */
  add(line: ApiBatchRequestLine): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (or creates) a pending-requests file for appending; the ids already in it are read first, streaming,
 * so that a rerun does not add them twice. A torn last line from an interrupted run is ignored.
 */
export function openPendingRequestsFile(path: string): PendingRequestsFile {
  const ids = new Set<string>();
  let opened: Promise<JsonlWriter> | undefined;
  const open = async (): Promise<JsonlWriter> => {
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (exists) {
      for await (const { value } of readJsonl(path, { truncatedTail: "ignore" })) {
        if (isJsonObject(value) && typeof value.custom_id === "string") {
          ids.add(value.custom_id);
        }
      }
    }
    return createJsonlWriter(path, { append: true });
  };
  return {
    async add(line) {
      opened ??= open();
      const writer = await opened;
      if (ids.has(line.custom_id)) {
        return;
      }
      ids.add(line.custom_id);
      await writer.write(line);
      await writer.flush();
    },
    async close() {
      if (opened !== undefined) {
        await (await opened).close();
      }
    },
  };
}
