import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileWriter, ParquetWriter } from "hyparquet-writer";
import { exampleToParquetRow, parquetColumns, parquetSchema } from "./parquet-columns.js";
import type { RowSink } from "./row-sink.js";

const pad = (value: number) => String(value).padStart(5, "0");

/** The Hub's shard name: `data/train-00000-of-00002.parquet`. */
export function shardName(split: string, index: number, total: number): string {
  return `${split}-${pad(index)}-of-${pad(total)}.parquet`;
}

/**
 * Streams one split into Parquet shards of at most `shardRows` rows under `dir`, each written in row groups of
 * `rowGroupRows`, so memory holds one row group. Shards are named once their count is known; shards of this
 * split left by an earlier export are removed first.
 */
export async function createParquetSink({
  dir,
  split,
  shardRows,
  rowGroupRows = 1000,
}: {
  dir: string;
  split: string;
  shardRows: number;
  rowGroupRows?: number;
}): Promise<RowSink> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (new RegExp(`^${split}-\\d{5}-of-\\d{5}\\.parquet(\\.partial)?$`).test(name)) {
      await rm(join(dir, name));
    }
  }
  const partials: string[] = [];
  let writer: ParquetWriter | undefined;
  let inShard = 0;
  let count = 0;
  let group: Record<string, unknown[]> = emptyGroup();

  const flushGroup = async () => {
    if (writer !== undefined && (group.id?.length ?? 0) > 0) {
      const columnData = parquetColumns.map(({ name }) => ({ name, data: group[name] ?? [] }));
      await writer.write({ columnData, rowGroupSize: rowGroupRows });
      group = emptyGroup();
    }
  };
  const closeShard = async () => {
    await flushGroup();
    await writer?.finish();
    writer = undefined;
  };
  return {
    write: async (example, index) => {
      const row = exampleToParquetRow(example, index);
      if (writer === undefined || inShard >= shardRows) {
        await closeShard();
        const partial = join(dir, `${shardName(split, partials.length, 0)}.partial`);
        partials.push(partial);
        writer = new ParquetWriter({
          writer: fileWriter(partial),
          schema: parquetSchema,
          createdBy: "apigen",
        });
        inShard = 0;
      }
      for (const { name } of parquetColumns) {
        group[name]?.push(row[name]);
      }
      inShard += 1;
      count += 1;
      if ((group.id?.length ?? 0) >= rowGroupRows) {
        await flushGroup();
      }
    },
    close: async () => {
      await closeShard();
      const paths = partials.map((_, index) => join(dir, shardName(split, index, partials.length)));
      for (const [index, partial] of partials.entries()) {
        await rename(partial, paths[index] ?? partial);
      }
      return paths;
    },
    get count() {
      return count;
    },
  };
}

function emptyGroup(): Record<string, unknown[]> {
  return Object.fromEntries(parquetColumns.map(({ name }) => [name, []]));
}
