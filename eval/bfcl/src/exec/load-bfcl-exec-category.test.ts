import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonFloat } from "@apigen/core";
import { locateSharedData } from "@apigen/core/test";
import {
  type ApigenToolExecutor,
  builtinTools,
  createBuiltinSource,
  createToolExecutor,
} from "@apigen/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bfclExecCoverage } from "./bfcl-exec-coverage.js";
import { evaluateBfclExecEntry } from "./evaluate-bfcl-exec-entry.js";
import { type BfclExecEntry, bfclExecCategories, loadBfclExecCategory } from "./load-bfcl-exec-category.js";

const shared = locateSharedData("bfcl/data", "download the BFCL data with apigen eval --download");

let executor: ApigenToolExecutor;
beforeAll(() => {
  executor = createToolExecutor({ sources: [createBuiltinSource({ workers: 1 })] });
});
afterAll(async () => {
  await executor.close();
});

describe.skipIf(!shared.available)(
  `BFCL's retired executable categories${shared.available ? "" : ` (skipped: ${shared.reason})`}`,
  () => {
    const load = async () => {
      const entries: BfclExecEntry[] = [];
      for (const category of bfclExecCategories) {
        for await (const entry of loadBfclExecCategory({ dataDirectory: shared.path, category })) {
          entries.push(entry);
        }
      }
      return entries;
    };

    it("loads all 240 entries with decoded ground truth, and reports what the built-in library covers", async () => {
      const entries = await load();
      expect(entries).toHaveLength(240);
      const first = entries[0];
      expect(first?.groundTruth).toEqual([
        { name: "calc_binomial_probability", arguments: { n: 20, k: 5, p: 0.6 } },
      ]);
      expect(first?.resultTypes).toEqual(["exact_match"]);
      const product = entries.find((entry) => entry.id === "exec_parallel_multiple_11");
      expect(product?.groundTruth[1]?.arguments.amount).toBe(250000);
      const distance = entries.find((entry) =>
        entry.groundTruth.some((call) => call.name === "get_distance"),
      );
      expect(
        Array.isArray(distance?.groundTruth.find((call) => call.name === "get_distance")?.arguments.pointA),
      ).toBe(true);
      const coverage = bfclExecCoverage({
        entries,
        toolNames: new Set(builtinTools.map((tool) => tool.tool.name)),
      });
      expect(coverage.total).toEqual({
        exec_simple: 100,
        exec_multiple: 50,
        exec_parallel: 50,
        exec_parallel_multiple: 40,
      });
      expect(coverage.evaluable).toEqual({
        exec_simple: 92,
        exec_multiple: 44,
        exec_parallel: 46,
        exec_parallel_multiple: 34,
      });
      expect(coverage.missing).toEqual([
        { name: "get_price_by_amazon_ASIN", entries: 7 },
        { name: "get_product_name_by_amazon_ASIN", entries: 7 },
        { name: "get_rating_by_amazon_ASIN", entries: 7 },
        { name: "maxPoints", entries: 3 },
      ]);
      expect(coverage.evaluableIds).toContain("exec_simple_22");
      expect(coverage.evaluableIds).not.toContain("exec_simple_84");
    });

    it("scores the ground truth of every covered entry as valid and damaged answers as the official errors", async () => {
      const entries = await load();
      const names = new Set(builtinTools.map((tool) => tool.tool.name));
      const covered = entries.filter((entry) => entry.docs.every((doc) => names.has(doc.name)));
      // Its ground truth passes the list positionally (`calculate_mean([1,3,4,6,8])`): it binds by the doc's order.
      const positional = covered.find((entry) => entry.id === "exec_parallel_multiple_18");
      expect(positional?.groundTruth.find((call) => call.name === "calculate_mean")?.arguments).toEqual({
        numbers: [1, 3, 4, 6, 8],
      });
      for (const entry of covered) {
        const answer = {
          format: "decoded" as const,
          output: entry.groundTruth.map((call) => ({ [call.name]: call.arguments })),
        };
        expect(await evaluateBfclExecEntry({ entry, answer, executor }), entry.id).toMatchObject({
          valid: true,
        });
      }
      const entry = covered.find((candidate) => candidate.id === "exec_simple_22");
      if (entry === undefined) {
        throw new Error("exec_simple_22 (convert_currency) should be covered");
      }
      const text = (amount: number) =>
        `[${entry.groundTruth.map((call) => `${call.name}(amount=${amount}, from_currency='${String(call.arguments.from_currency)}', to_currency='${String(call.arguments.to_currency)}')`).join(", ")}]`;
      const far = await evaluateBfclExecEntry({
        entry,
        answer: { format: "python", output: text(1) },
        executor,
      });
      expect(far.errorType).toMatch(/^executable_checker:(wrong_result_real_time|cannot_find_match)$/);
      const broken = await evaluateBfclExecEntry({
        entry,
        answer: { format: "python", output: "[convert(" },
        executor,
      });
      expect(broken.errorType).toBe("executable_decoder:decoder_failed");
      const none = await evaluateBfclExecEntry({
        entry,
        answer: { format: "python", output: "[]" },
        executor,
      });
      expect(none.errorType).toBe("executable_decoder:wrong_output_format");
      const quote = covered.find(
        (candidate) =>
          candidate.groundTruth.length === 1 &&
          candidate.groundTruth[0]?.name === "get_stock_price_by_stock_name" &&
          candidate.groundTruth[0].arguments.stock_name === "AAPL",
      );
      if (quote === undefined) {
        throw new Error("an AAPL quote entry should be covered");
      }
      const otherTicker = await evaluateBfclExecEntry({
        entry: quote,
        answer: { format: "python", output: "[get_stock_price_by_stock_name(stock_name='MSFT')]" },
        executor,
      });
      expect(otherTicker.errorType).toBe("executable_checker:wrong_result_real_time");
    });
  },
);

describe("loadBfclExecCategory", () => {
  it("reads the files next to the other categories too, and names an answer out of step", async () => {
    const root = await mkdtemp(join(tmpdir(), "bfcl-exec-"));
    try {
      await mkdir(join(root, "possible_answer"));
      const question = (id: string) => ({
        id,
        question: [[{ role: "user", content: "Convert 5 USD to EUR" }]],
        function: [
          {
            name: "convert_currency",
            description: "Converts money.",
            parameters: { type: "dict", properties: { amount: { type: "float" } }, required: ["amount"] },
          },
        ],
      });
      await writeFile(
        join(root, "BFCL_v4_exec_simple.json"),
        `${JSON.stringify(question("exec_simple_0"))}\n`,
      );
      await writeFile(
        join(root, "possible_answer", "BFCL_v4_exec_simple.json"),
        `${JSON.stringify({ id: "exec_simple_0", ground_truth: ["convert_currency(amount=5.0, pair=('USD', 'EUR'))"], execution_result_type: ["real_time_match"] })}\n`,
      );
      const entries: BfclExecEntry[] = [];
      for await (const entry of loadBfclExecCategory({ dataDirectory: root, category: "exec_simple" })) {
        entries.push(entry);
      }
      expect(entries[0]?.groundTruth).toEqual([
        { name: "convert_currency", arguments: { amount: new JsonFloat(5), pair: ["USD", "EUR"] } },
      ]);
      await writeFile(
        join(root, "BFCL_v4_exec_simple.json"),
        `${JSON.stringify(question("exec_simple_9"))}\n`,
      );
      await expect(async () => {
        for await (const _ of loadBfclExecCategory({ dataDirectory: root, category: "exec_simple" })) {
          // drain
        }
      }).rejects.toThrow(
        "line 1 of the questions is exec_simple_9 but line 1 of the answers is exec_simple_0",
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
