import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { createJsonlWriter } from "@apigen/core";
import type { JsonRecordSinkOptions } from "./json-record-sink-options.js";
import type { RowSink } from "./row-sink.js";

/** Writes each row as one JSON line, converted by `toRecord`. */
export async function createJsonlSink({
  path,
  toRecord,
  stringify = {},
}: JsonRecordSinkOptions): Promise<RowSink> {
  await mkdir(dirname(path), { recursive: true });
  const writer = await createJsonlWriter(path, { stringify });
  return {
    write: (example, index) => writer.write(toRecord(example, index)),
    close: async () => {
      await writer.close();
      return [path];
    },
    get count() {
      return writer.count;
    },
  };
}
