import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { stringifyJson } from "@apigen/core";
import type { JsonRecordSinkOptions } from "./json-record-sink-options.js";
import type { RowSink } from "./row-sink.js";

/** Writes the rows as one JSON array, one row per line, streamed (the xLAM-60k release is such a file). */
export async function createJsonArraySink({
  path,
  toRecord,
  stringify = {},
}: JsonRecordSinkOptions): Promise<RowSink> {
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  let count = 0;
  const put = async (text: string) => {
    if (!stream.write(text)) {
      await once(stream, "drain");
    }
  };
  return {
    write: async (example, index) => {
      const line = stringifyJson(toRecord(example, index), stringify);
      await put(`${count === 0 ? "[\n" : ",\n"}${line}`);
      count += 1;
    },
    close: async () => {
      await put(count === 0 ? "[]\n" : "\n]\n");
      stream.end();
      await once(stream, "finish");
      return [path];
    },
    get count() {
      return count;
    },
  };
}
