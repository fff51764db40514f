import { readdir, rm } from "node:fs/promises";
import { extname, join } from "node:path";
import { ConversionError, readRunStats, runFiles } from "@apigen/core";
import { ExportError } from "../errors/export-error.js";
import type { SplitSpec } from "../split/parse-split-spec.js";
import { type HoldOut, planSplits, type SplitName } from "../split/plan-splits.js";
import { createRowSink } from "./create-row-sink.js";
import { exportFormats, isExportFormat } from "./export-formats.js";
import { isEmpty, readAcceptedRows } from "./read-accepted-rows.js";
import type { RowSink } from "./row-sink.js";
import type { SkippedRow } from "./skipped-row.js";

const folderMistakes = new Set([".json", ".jsonl", ".parquet"]);
const fileMistakes = new Set([".parquet", ".csv", ".tsv", ".txt", ".gz", ".zip"]);

/** Options of {@link exportRun}. */
export interface ExportRunOptions {
  /** A run directory (its `accepted.jsonl` is read as a stream). */
  runDir: string;
  /** One of `xlam`, `openai`, `sharegpt`, `hermes`, `bfcl`, `parquet`. */
  format: string;
  /** A file (`.json`, `.jsonl`) for the row formats, or a folder (always for `bfcl` and `parquet`). */
  out: string;
  /** Rows to hold out for `test`; without it and `holdOut`, one `train` split. */
  split?: SplitSpec;
  /** Hold out whole tools or categories (test share from `split`, else 0.1). */
  holdOut?: HoldOut;
  /**
   * Seeds the split, so that an export and a publish of one run split it the same way.
   * @default the run's seed (`stats.json`), or 0 for a folder without one
   */
  seed?: number;
  /**
   * Carry the fields a format has no place for in its `apigen` key (see the core converters).
   * @default true
   */
  extensions?: boolean;
  /**
   * Rows per Parquet shard.
   * @default 50000
   */
  shardRows?: number;
  /**
   * Skipped rows listed in the report (all are counted).
   * @default 20
   */
  listSkipped?: number;
}

/** What an export wrote. */
export interface ExportReport {
  format: string;
  files: string[];
  /** Rows written, by split. */
  rows: Record<string, number>;
  /** Rows read from the run. */
  total: number;
  skipped: { count: number; rows: SkippedRow[] };
  /** The tools or categories held out, when holding out. */
  heldOut?: string[];
}

/**
 * Exports a run's accepted rows in one format, streaming: rows are read, converted with core's converters and
 * written one at a time. A row the format cannot hold is skipped, named with the reason, and counted.
 *
 * @example
 * const report = await exportRun({ runDir: "runs/finance", format: "openai", out: "finance.jsonl", split: { test: 0.1 } });
 */
export async function exportRun({
  runDir,
  format,
  out,
  split,
  holdOut,
  seed,
  extensions = true,
  shardRows = 50_000,
  listSkipped = 20,
}: ExportRunOptions): Promise<ExportReport> {
  if (!isExportFormat(format)) {
    throw new ExportError({
      kind: "unknown_format",
      message: `unknown export format "${format}": use one of ${exportFormats.join(", ")}`,
    });
  }
  const extension = extname(out).toLowerCase();
  const folderFormat = format === "bfcl" || format === "parquet";
  if ((folderFormat ? folderMistakes : fileMistakes).has(extension)) {
    throw new ExportError({
      kind: "invalid_output",
      message: folderFormat
        ? `${format} writes a folder: give --out a folder path, not the file ${out}`
        : `${format} writes a .json or .jsonl file (or a folder): ${out} ends in ${extension}`,
    });
  }
  if (!Number.isInteger(shardRows) || shardRows < 1) {
    throw new TypeError(`shardRows must be a whole number of at least 1, got ${shardRows}`);
  }
  const examples = () => readAcceptedRows(runDir);
  if (await isEmpty(examples())) {
    throw new ExportError({
      kind: "empty_run",
      message: `the run ${runDir} has no accepted rows (${runFiles.accepted} is empty): nothing to export`,
    });
  }
  const plan = await planSplits({
    examples,
    seed:
      seed ??
      (await readRunStats(runDir).then(
        ({ seed: runSeed }) => runSeed,
        () => 0,
      )),
    ...(split ? { split } : {}),
    ...(holdOut ? { holdOut } : {}),
  });
  if (format === "parquet") {
    await removeOldShards(join(out, "data"));
  }
  const sinks = new Map<SplitName, RowSink>();
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  let total = 0;
  for await (const example of examples()) {
    const index = total;
    total += 1;
    const name = plan.assign(example);
    let sink = sinks.get(name);
    if (sink === undefined) {
      sink = await createRowSink({
        format,
        out,
        split: name,
        splitCount: plan.names.length,
        extensions,
        shardRows,
      });
      sinks.set(name, sink);
    }
    try {
      await sink.write(example, index);
    } catch (error) {
      if (!ConversionError.isInstance(error)) {
        throw error;
      }
      skippedCount += 1;
      if (skipped.length < listSkipped) {
        skipped.push({ row: example.id ?? `line ${index + 1}`, split: name, reason: error.message });
      }
    }
  }
  const files: string[] = [];
  const rows: Record<string, number> = {};
  for (const name of plan.names) {
    const sink = sinks.get(name);
    rows[name] = sink?.count ?? 0;
    files.push(...((await sink?.close()) ?? []));
  }
  return {
    format,
    files,
    rows,
    total,
    skipped: { count: skippedCount, rows: skipped },
    ...(plan.heldOut ? { heldOut: plan.heldOut } : {}),
  };
}

/**
 * Removes the Parquet shards of an earlier export, of every split: a split this export leaves empty (or does not
 * have) must not keep old files, since readers and the Hub's `data_files` globs read every shard in the folder.
 */
async function removeOldShards(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((entry) => /^[a-z]+-\d{5}-of-\d{5}\.parquet(\.partial)?$/.test(entry))) {
    await rm(join(dir, name), { force: true });
  }
}
