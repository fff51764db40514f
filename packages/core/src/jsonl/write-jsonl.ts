import { createJsonlWriter, type JsonlWriterOptions } from "./create-jsonl-writer.js";

/** Writes every value of a (possibly async) iterable to a JSON Lines file and returns the number of lines. */
export async function writeJsonl(
  path: string,
  values: Iterable<unknown> | AsyncIterable<unknown>,
  options: JsonlWriterOptions = {},
): Promise<number> {
  const writer = await createJsonlWriter(path, options);
  try {
    for await (const value of values) {
      await writer.write(value);
    }
  } finally {
    await writer.close();
  }
  return writer.count;
}
