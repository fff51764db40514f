import { extname, join } from "node:path";
import {
  ConversionError,
  type Example,
  exampleToHermes,
  exampleToOpenAiChat,
  exampleToShareGpt,
  exampleToXlamRow,
} from "@apigen/core";
import { createBfclSink } from "./create-bfcl-sink.js";
import { createJsonArraySink } from "./create-json-array-sink.js";
import { createJsonlSink } from "./create-jsonl-sink.js";
import { createParquetSink } from "./create-parquet-sink.js";
import type { ExportFormat } from "./export-formats.js";
import type { RowSink } from "./row-sink.js";

/** Options of {@link createRowSink}. */
export interface CreateRowSinkOptions {
  format: ExportFormat;
  /** A file (`.json`/`.jsonl`) or a folder, as given to the export. */
  out: string;
  /** The split written, and whether the export has several. */
  split: string;
  splitCount: number;
  extensions: boolean;
  shardRows: number;
}

const fileExtensions = new Set([".json", ".jsonl"]);

/**
 * Opens the writer of one split. File formats write `out` itself when there is one split, else `<stem>-<split><ext>`
 * (or `<out>/<split>.jsonl` when `out` is a folder); `bfcl` writes a BFCL data folder (`<out>/<split>/` when split),
 * `parquet` Hub-style shards under `<out>/data/`.
 */
export async function createRowSink({
  format,
  out,
  split,
  splitCount,
  extensions,
  shardRows,
}: CreateRowSinkOptions): Promise<RowSink> {
  if (format === "parquet") {
    return createParquetSink({ dir: join(out, "data"), split, shardRows });
  }
  if (format === "bfcl") {
    return createBfclSink({ dir: splitCount > 1 ? join(out, split) : out, extensions });
  }
  const extension = extname(out).toLowerCase();
  const isFile = fileExtensions.has(extension);
  const defaultExtension = format === "xlam" ? ".json" : ".jsonl";
  const path = !isFile
    ? join(out, `${split}${defaultExtension}`)
    : splitCount > 1
      ? `${out.slice(0, -extension.length)}-${split}${extension}`
      : out;
  if (format === "xlam") {
    const toRecord = (example: Example, index: number) => toXlamRecord(example, index, extensions);
    const stringify = { style: "python", ensureAscii: true } as const;
    return path.toLowerCase().endsWith(".jsonl")
      ? createJsonlSink({ path, toRecord, stringify })
      : createJsonArraySink({ path, toRecord, stringify });
  }
  const converters = {
    openai: (example: Example) => exampleToOpenAiChat(example, { extensions }),
    sharegpt: (example: Example) => exampleToShareGpt(example, { extensions }),
    hermes: (example: Example) => exampleToHermes(example, { extensions }),
  };
  return createJsonlSink({ path, toRecord: converters[format] });
}

function toXlamRecord(example: Example, index: number, extensions: boolean) {
  if (!extensions && example.style === "missing_argument") {
    throw new ConversionError({
      format: "xlam",
      row: example.id ?? index,
      field: "style",
      reason:
        "an xLAM row without the apigen extension cannot say that an argument is missing (it would read as a no-call row)",
    });
  }
  return exampleToXlamRow(example, { index, extensions });
}
