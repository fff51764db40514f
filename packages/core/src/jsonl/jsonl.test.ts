import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ConversionError } from "../errors/conversion-error.js";
import { JsonFloat } from "../json/json-float.js";
import type { JsonValue } from "../json/json-value.js";
import { createJsonlWriter } from "./create-jsonl-writer.js";
import { type JsonlRecord, readJsonl } from "./read-jsonl.js";
import { writeJsonl } from "./write-jsonl.js";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-jsonl-"));
});

async function collect(iterable: AsyncIterable<JsonlRecord>): Promise<JsonlRecord[]> {
  const records: JsonlRecord[] = [];
  for await (const record of iterable) {
    records.push(record);
  }
  return records;
}

describe("JSON Lines", () => {
  it("writes and reads back values with their number kinds and line numbers", async () => {
    const path = join(folder, "round-trip.jsonl");
    const values: JsonValue[] = [
      { id: 1, score: new JsonFloat(2) },
      ["ü", 5.5],
      "text\nwith newline",
      12345678901234567890n,
    ];
    expect(await writeJsonl(path, values)).toBe(4);
    expect(await readFile(path, "utf8")).toBe(
      '{"id":1,"score":2.0}\n["ü",5.5]\n"text\\nwith newline"\n12345678901234567890\n',
    );
    const records = await collect(readJsonl(path));
    expect(records.map((record) => record.line)).toEqual([1, 2, 3, 4]);
    expect(records.map((record) => record.value)).toEqual(values);
    expect(JsonFloat.isInstance((records[0]?.value as { score: unknown } | undefined)?.score)).toBe(true);
  });

  it("skips blank lines, accepts CRLF and a missing final newline", async () => {
    const path = join(folder, "loose.jsonl");
    await writeFile(path, '{"a":1}\r\n\r\n  \n{"a":2}');
    const records = await collect(readJsonl(path));
    expect(records).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 4, value: { a: 2 } },
    ]);
  });

  it("reads gzip-compressed files", async () => {
    const path = join(folder, "rows.jsonl.gz");
    await writeFile(path, gzipSync('{"x":1.0}\n{"x":2}\n'));
    const records = await collect(readJsonl(path));
    expect(records.map((record) => record.value)).toEqual([{ x: new JsonFloat(1) }, { x: 2 }]);
  });

  it("names the file and line of a bad line", async () => {
    const path = join(folder, "bad.jsonl");
    await writeFile(path, '{"ok":true}\n{"broken":\n{"ok":false}\n');
    const error = await collect(readJsonl(path)).catch((caught: unknown) => caught);
    expect(ConversionError.isInstance(error)).toBe(true);
    expect((error as ConversionError).row).toBe(2);
    expect((error as Error).message).toMatch(/row 2\).*bad\.jsonl: invalid JSON at column 11 of the line: /);
  });

  it("ignores a torn last line only when asked to", async () => {
    const path = join(folder, "torn.jsonl");
    await writeFile(path, '{"row":1}\n{"row":2}\n{"row":');
    await expect(collect(readJsonl(path))).rejects.toThrow(/row 3/);
    const records = await collect(readJsonl(path, { truncatedTail: "ignore" }));
    expect(records.map((record) => record.value)).toEqual([{ row: 1 }, { row: 2 }]);
    await writeFile(path, '{"row":1}\n{"row":\n{"row":3}');
    await expect(collect(readJsonl(path, { truncatedTail: "ignore" }))).rejects.toThrow(/row 2/);
  });

  it("keeps call order for writes that are not awaited, and appends", async () => {
    const path = join(folder, "order.jsonl");
    const writer = await createJsonlWriter(path, { bufferSize: 16 });
    const pending = Array.from({ length: 200 }, (_, index) => writer.write({ index }));
    await Promise.all(pending);
    await writer.close();
    await expect(writer.write({ late: true })).rejects.toThrow(/closed/);
    const appender = await createJsonlWriter(path, { append: true });
    await appender.write({ index: 200 });
    await appender.flush({ sync: true });
    expect((await readFile(path, "utf8")).split("\n").length).toBe(202);
    await appender.close();
    const indexes = (await collect(readJsonl(path))).map(
      (record) => (record.value as { index: number }).index,
    );
    expect(indexes).toEqual(Array.from({ length: 201 }, (_, index) => index));
  });

  it("writes Python-style lines when asked", async () => {
    const path = join(folder, "python.jsonl");
    await writeJsonl(path, [{ a: [1, 1e-5] }], { stringify: { style: "python", ensureAscii: true } });
    expect(await readFile(path, "utf8")).toBe('{"a": [1, 1e-05]}\n');
  });
});
