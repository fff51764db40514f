import { existsSync } from "node:fs";
import { isJsonObject, type JsonValue, readJsonl } from "@apigen/core";

/** A verdict already written to a score file. */
export interface StoredVerdict {
  valid: boolean;
  errorType: string | null;
}

/** What an earlier, possibly killed, run of one category left: answers and verdicts by id. */
export interface PreviousRun {
  results: Map<string, JsonValue>;
  verdicts: Map<string, StoredVerdict>;
}

async function readById<T>(
  path: string,
  pick: (row: Record<string, JsonValue>) => T | undefined,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  if (!existsSync(path)) {
    return found;
  }
  for await (const { value } of readJsonl(path, { truncatedTail: "ignore" })) {
    if (isJsonObject(value) && typeof value.id === "string") {
      const picked = pick(value);
      if (picked !== undefined) {
        found.set(value.id, picked);
      }
    }
  }
  return found;
}

/** Reads a category's result and score files (a torn last line is ignored); missing files read as empty. */
export async function readPreviousRun({
  resultFile,
  scoreFile,
}: {
  resultFile: string;
  scoreFile: string;
}): Promise<PreviousRun> {
  const results = await readById(resultFile, (row) => row.result);
  const verdicts = await readById(scoreFile, (row) =>
    typeof row.valid === "boolean"
      ? { valid: row.valid, errorType: typeof row.error_type === "string" ? row.error_type : null }
      : undefined,
  );
  return { results, verdicts };
}
