import type { ToolExecutor } from "@apigen/core";
import { loadBfclCategory } from "../data/load-bfcl-category.js";
import { isBfclExecEntryCovered } from "../exec/bfcl-exec-coverage.js";
import { loadBfclExecCategory } from "../exec/load-bfcl-exec-category.js";
import { isExecCategory } from "./bfcl-runnable-categories.js";
import type { RunnableEntry } from "./evaluate-answer.js";

/**
 * Streams a category's entries. For an executable category, only the entries whose every function the
 * executor implements are yielded; `onSkip` hears of the others.
 */
export async function* loadRunnableEntries({
  dataDirectory,
  category,
  executor,
  onSkip,
}: {
  dataDirectory: string;
  category: string;
  executor: ToolExecutor | undefined;
  onSkip: (id: string) => void;
}): AsyncGenerator<RunnableEntry> {
  if (!isExecCategory(category)) {
    yield* loadBfclCategory({ dataDirectory, category });
    return;
  }
  if (executor === undefined) {
    throw new TypeError(`${category} is executable: pass a ToolExecutor (executor) to run it`);
  }
  const names = new Set((await executor.listTools()).map((tool) => tool.name));
  for await (const entry of loadBfclExecCategory({ dataDirectory, category })) {
    if (isBfclExecEntryCovered(entry, names)) {
      yield entry;
    } else {
      onSkip(entry.id);
    }
  }
}
