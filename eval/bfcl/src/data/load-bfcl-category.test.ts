import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { locateSharedData } from "@apigen/core/test";
import { describe, expect, it } from "vitest";
import { evaluateAstEntry } from "../evaluate-entry.js";
import { type BfclEntry, loadBfclCategory } from "./load-bfcl-category.js";

const data = locateSharedData("bfcl/data", "download the BFCL data with: apigen eval --download-data");

async function collect(iterable: AsyncIterable<BfclEntry>): Promise<BfclEntry[]> {
  const entries: BfclEntry[] = [];
  for await (const entry of iterable) {
    entries.push(entry);
  }
  return entries;
}

describe.skipIf(!data.available)(
  `loadBfclCategory on the real data${data.available ? "" : ` (skipped: ${data.reason})`}`,
  () => {
    it("aligns questions and answers and scores the reference answer of simple_python_0 as correct", async () => {
      const entries = await collect(
        loadBfclCategory({ dataDirectory: data.path, category: "simple_python" }),
      );
      expect(entries).toHaveLength(400);
      const first = entries[0] as BfclEntry;
      expect(first.id).toBe("simple_python_0");
      expect(first.docs[0]?.name).toBe("calculate_triangle_area");
      const verdict = evaluateAstEntry({
        category: "simple_python",
        docs: first.docs,
        expected: first.expected ?? [],
        answer: { format: "python", output: "[calculate_triangle_area(base=10, height=5)]" },
      });
      expect(verdict).toEqual({ valid: true, errorType: null, error: [] });
      const irrelevance = await collect(
        loadBfclCategory({ dataDirectory: data.path, category: "irrelevance" }),
      );
      expect(irrelevance).toHaveLength(240);
      expect(irrelevance[0]?.expected).toBeUndefined();
    });
  },
);

describe("loadBfclCategory on a damaged folder", () => {
  it("names both ids when questions and answers are out of step", async () => {
    const folder = await mkdtemp(join(tmpdir(), "apigen-bfcl-"));
    await mkdir(join(folder, "possible_answer"));
    const doc = { name: "f", description: "", parameters: { type: "dict", properties: {}, required: [] } };
    await writeFile(
      join(folder, "BFCL_v4_simple_python.json"),
      `${JSON.stringify({ id: "simple_python_0", question: [[{ role: "user", content: "q" }]], function: [doc] })}\n`,
    );
    await writeFile(
      join(folder, "possible_answer", "BFCL_v4_simple_python.json"),
      `${JSON.stringify({ id: "simple_python_9", ground_truth: [{ f: {} }] })}\n`,
    );
    await expect(
      collect(loadBfclCategory({ dataDirectory: folder, category: "simple_python" })),
    ).rejects.toThrow(/simple_python_0 but line 1 of the answers is simple_python_9/);
  });
});
