import { existsSync } from "node:fs";
import { join } from "node:path";
import { BfclDataMissingError } from "./bfcl-data-missing-error.js";
import { categoryHasAnswers } from "./bfcl-runnable-categories.js";

/**
 * Throws a {@link BfclDataMissingError} naming every file the given categories need that is not in the data
 * folder (or the folder itself when it does not exist).
 */
export function assertBfclData({
  dataDirectory,
  categories,
}: {
  dataDirectory: string;
  categories: readonly string[];
}): void {
  if (!existsSync(dataDirectory)) {
    throw new BfclDataMissingError({ dataDirectory, missing: [dataDirectory] });
  }
  const needed = categories.flatMap((category) => [
    join(dataDirectory, `BFCL_v4_${category}.json`),
    ...(categoryHasAnswers(category)
      ? [join(dataDirectory, "possible_answer", `BFCL_v4_${category}.json`)]
      : []),
  ]);
  const missing = needed.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new BfclDataMissingError({ dataDirectory, missing });
  }
}
