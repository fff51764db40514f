import { ApigenError } from "@apigen/core";

const marker = "apigen.error.BfclDataMissingError";
const symbol = Symbol.for(marker);

/** Where users get the BFCL data, named in {@link BfclDataMissingError}'s message. */
export const bfclDataSources =
  "the Hugging Face data set gorilla-llm/Berkeley-Function-Calling-Leaderboard (its BFCL_v4_*.json files and " +
  "possible_answer/ folder), or the data folder of the bfcl-eval PyPI package (bfcl_eval/data, e.g. " +
  "`pip download bfcl-eval --no-deps` and unzip it)";

/**
 * The BFCL data folder, or files a run needs from it, are missing. The message names every missing path and
 * where to get the data, or how to have it downloaded.
 */
export class BfclDataMissingError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "BfclDataMissingError" as const;
  /** The data folder that was searched. */
  readonly dataDirectory: string;
  /** The missing paths (the folder itself, or files inside it). */
  readonly missing: readonly string[];

  constructor({ dataDirectory, missing }: { dataDirectory: string; missing: readonly string[] }) {
    super({
      message:
        `BFCL data not found: missing ${missing.join(", ")}. Put the BFCL V4 data in ${dataDirectory} ` +
        `(or pass another folder) from ${bfclDataSources}, or let apigen download it from the Hub ` +
        "(apigen eval --download, or downloadBfclData).",
    });
    this.dataDirectory = dataDirectory;
    this.missing = missing;
  }

  static override isInstance(error: unknown): error is BfclDataMissingError {
    return ApigenError.hasMarker(error, marker);
  }
}
