import { posix } from "node:path";
import { bfclExecCategories } from "../exec/load-bfcl-exec-category.js";

const executable: ReadonlySet<string> = new Set(bfclExecCategories);

/**
 * The repository paths to download for the given categories: each category's question file and its
 * possible-answer file (under `unused_datasets/` for the executable ones, where the data set keeps them),
 * wherever the repository has them. Without categories, every `.json` file.
 */
export function selectBfclFiles({
  paths,
  categories,
}: {
  paths: readonly string[];
  categories: readonly string[] | undefined;
}): string[] {
  const safe = paths.filter((path) => !path.startsWith("/") && !path.split("/").includes(".."));
  if (categories === undefined) {
    return safe.filter((path) => path.endsWith(".json"));
  }
  const wanted = new Set(categories.map((category) => `BFCL_v4_${category}.json`));
  return safe.filter((path) => {
    const name = posix.basename(path);
    if (!wanted.has(name)) {
      return false;
    }
    const folder = posix.dirname(path);
    const category = name.slice("BFCL_v4_".length, -".json".length);
    const allowed = executable.has(category)
      ? ["unused_datasets/question", "unused_datasets/possible_answer", ".", "possible_answer"]
      : [".", "possible_answer"];
    return allowed.includes(folder);
  });
}
