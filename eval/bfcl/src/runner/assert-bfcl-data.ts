import { existsSync } from "node:fs";
import { join } from "node:path";
import { bfclExecPaths } from "../exec/load-bfcl-exec-category.js";
import { BfclDataMissingError } from "./bfcl-data-missing-error.js";
import { categoryHasAnswers, isExecCategory } from "./bfcl-runnable-categories.js";

/** The files one category needs from the data folder. */
export function bfclCategoryFiles({
  dataDirectory,
  category,
}: {
  dataDirectory: string;
  category: string;
}): string[] {
  if (isExecCategory(category)) {
    const { questions, answers } = bfclExecPaths({ dataDirectory, category });
    return [questions, answers];
  }
  return [
    join(dataDirectory, `BFCL_v4_${category}.json`),
    ...(categoryHasAnswers(category)
      ? [join(dataDirectory, "possible_answer", `BFCL_v4_${category}.json`)]
      : []),
  ];
}

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
  const missing = categories
    .flatMap((category) => bfclCategoryFiles({ dataDirectory, category }))
    .filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new BfclDataMissingError({ dataDirectory, missing });
  }
}
