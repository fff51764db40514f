import { readFile, stat } from "node:fs/promises";
import {
  ConversionError,
  type Example,
  exampleSchema,
  isJsonObject,
  parseJson,
  readJsonl,
  readRunExamples,
  xlamRowToExample,
} from "@apigen/core";

/** One item read from a data source: an example, or a row that could not be converted and why. */
export type SourceItem = { example: Example } | { skipped: string };

/**
 * Streams the examples of one data source: a run directory (its `accepted.jsonl`), an xLAM `.json` array, or
 * a `.jsonl` file whose lines are xLAM rows (`tools` and `answers` as JSON strings) or canonical examples.
 * xLAM rows that cannot be converted are yielded as skipped (the public release has a few odd ones); a
 * canonical row that fails validation throws a `ConversionError` naming the file and line.
 */
export async function* readTrainingSource(path: string): AsyncGenerator<SourceItem> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ConversionError({
      format: "training data",
      reason: `cannot read ${path}: ${error.code ?? error.message}`,
    });
  });
  if (info.isDirectory()) {
    for await (const example of readRunExamples(path)) {
      yield { example };
    }
    return;
  }
  if (path.endsWith(".json")) {
    const rows = parseJson(await readFile(path, "utf8"));
    if (!Array.isArray(rows)) {
      throw new ConversionError({
        format: `xlam (${path})`,
        reason: "a .json source must hold an array of rows",
      });
    }
    for (const [index, row] of rows.entries()) {
      yield readXlam(row, index);
    }
    return;
  }
  for await (const { line, value } of readJsonl(path)) {
    if (isJsonObject(value) && typeof value.tools === "string") {
      yield readXlam(value, line);
      continue;
    }
    const parsed = exampleSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConversionError({
        format: `apigen rows (${path})`,
        row: line,
        ...(issue?.path.length ? { field: issue.path.join(".") } : {}),
        reason: issue?.message ?? "not an apigen row",
      });
    }
    yield { example: parsed.data };
  }
}

function readXlam(row: unknown, index: number): SourceItem {
  try {
    return { example: xlamRowToExample(row, { index }) };
  } catch (error) {
    if (ConversionError.isInstance(error)) {
      return { skipped: "xlam row not convertible" };
    }
    throw error;
  }
}
