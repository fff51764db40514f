import { rename, writeFile } from "node:fs/promises";
import { isJsonObject, type JsonValue, readJsonl, stringifyJson } from "@apigen/core";

/**
 * Rewrites a JSON Lines file keeping, for each `id`, only its last line (at the place of that last line), so a
 * result file stays one line per entry after entries were asked again. Written to a temporary file and
 * renamed over the original, so a crash leaves either file whole.
 */
export async function compactJsonlById(path: string): Promise<void> {
  const rows: JsonValue[] = [];
  const lastIndex = new Map<string, number>();
  for await (const { value } of readJsonl(path, { truncatedTail: "ignore" })) {
    if (isJsonObject(value) && typeof value.id === "string") {
      lastIndex.set(value.id, rows.length);
    }
    rows.push(value);
  }
  const kept = rows.filter(
    (row, index) => !(isJsonObject(row) && typeof row.id === "string") || lastIndex.get(row.id) === index,
  );
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, kept.map((row) => `${stringifyJson(row)}\n`).join(""));
  await rename(temporary, path);
}
