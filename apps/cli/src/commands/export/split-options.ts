import { type HoldOut, parseSplitSpec, type SplitSpec } from "@apigen/publisher";
import { type Command, InvalidArgumentError, Option } from "commander";
import { parseCount } from "../../parse-count.js";

/** Commander parser for `--split test=0.1`. */
export function parseSplitOption(text: string): SplitSpec {
  const parsed = parseSplitSpec(text);
  if (!parsed.success) {
    throw new InvalidArgumentError(parsed.error.message);
  }
  return parsed.value;
}

/** The split options `export` and `publish` share, as parsed. */
export interface SplitCommandOptions {
  split?: SplitSpec;
  holdOut?: HoldOut;
  seed?: number;
  shardRows?: number;
}

/** Adds `--split`, `--hold-out`, `--seed` and `--shard-rows` to a command. */
export function addSplitOptions(command: Command): Command {
  return command
    .option(
      "--split <shares>",
      "hold out rows for a test split: test=0.1 (or train=0.9,test=0.1)",
      parseSplitOption,
    )
    .addOption(
      new Option(
        "--hold-out <what>",
        "hold out whole tools or categories for test (share from --split, default 0.1): test has tools never seen in train",
      ).choices(["tool", "category"]),
    )
    .option(
      "--seed <n>",
      "seed of the split (default: the run's seed; the same seed always splits the same way)",
      parseCount(0),
    )
    .option("--shard-rows <n>", "rows per Parquet shard", parseCount(1), 50_000);
}

/** The split options in the form `exportRun` and `publishRun` take. */
export function splitOptionsOf(options: SplitCommandOptions): SplitCommandOptions {
  return {
    ...(options.split ? { split: options.split } : {}),
    ...(options.holdOut ? { holdOut: options.holdOut } : {}),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.shardRows === undefined ? {} : { shardRows: options.shardRows }),
  };
}
