import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { testExamples, testStats } from "../__fixtures__/write-test-run.js";
import { renderDatasetCard } from "./render-dataset-card.js";
import { sizeCategory } from "./size-category.js";

const examples = testExamples();
const stats = testStats(examples);

describe("renderDatasetCard", () => {
  const card = renderDatasetCard(stats, examples, {
    splits: [
      { name: "train", rows: 10 },
      { name: "test", rows: 2 },
    ],
  });
  const [, frontMatter = "", body = ""] = card.split(/^---$/m);

  it("opens with Hub front matter that YAML parses, with the expected keys", () => {
    expect(card.startsWith("---\n")).toBe(true);
    expect(parse(frontMatter)).toEqual({
      license: "cc-by-4.0",
      pretty_name: "apigen function-calling data set",
      language: ["en"],
      task_categories: ["text-generation"],
      tags: ["function-calling", "tool-use", "apigen", "synthetic"],
      size_categories: ["n<1K"],
      configs: [
        {
          config_name: "default",
          data_files: [
            { split: "train", path: "data/train-*" },
            { split: "test", path: "data/test-*" },
          ],
        },
      ],
    });
    const licensed = renderDatasetCard(stats, [], { license: "apache-2.0" });
    expect(parse(licensed.split(/^---$/m)[1] ?? "").license).toBe("apache-2.0");
  });

  it("states the funnel exactly as stats.json has it, in Table 1's columns", () => {
    const { funnel } = stats;
    const row = `| gen-model-7b | ${funnel.generated} | ${funnel.accepted} | ${funnel.failed.format} | ${funnel.failed.execution} | ${funnel.failed.semantic} | ${funnel.failed.duplicate} | ${(funnel.passRate * 100).toFixed(2)}% |`;
    expect(body).toContain(
      "| generator | generated | verified | fail format | fail execution | fail semantic |",
    );
    expect(body).toContain(row);
    expect(body).toContain("| format/unknown_tool | 3 |");
  });

  it("says how it was made, counts styles and categories with a chart, shows one row per style, limits and citation", () => {
    expect(body).toContain("Judge model: `judge-model-70b`");
    expect(body).toContain("  - builtin: finance, weather, math (4 tools)");
    expect(body).toContain("- Seed: 7");
    expect(body).toContain("| temperature | 0.7 |");
    expect(body).toMatch(/\| simple \| 5 \| 6 \|/);
    expect(body).toMatch(/```text\nFinance +█{30} 5\n/);
    for (const style of [
      "simple",
      "multiple",
      "parallel",
      "parallel_multiple",
      "no_call",
      "missing_argument",
    ]) {
      expect(body).toContain(`### ${style}\n`);
    }
    expect(body).toContain("How many dollars should I convert?");
    expect(body).toContain("LLM judge: it can be wrong");
    expect(body).toContain("arXiv:2406.18518");
    expect(body).toContain("@article{liu2024apigen");
  });

  it("holds no token-like string (the publish tests also search every uploaded file for the real token)", () => {
    expect(card).not.toMatch(/hf_[A-Za-z0-9]{8,}/);
  });

  it("computes size categories", () => {
    expect([999, 1000, 60_000, 2_000_000].map(sizeCategory)).toEqual([
      "n<1K",
      "1K<n<10K",
      "10K<n<100K",
      "1M<n<10M",
    ]);
  });

  it("says a second model judged the rows only when the run had a judge", () => {
    expect(body).toContain("and was judged by a second model");
    const { judge: _judge, ...generatorOnly } = stats.usage;
    const unjudged = renderDatasetCard({ ...stats, usage: generatorOnly }, examples, { title: "t" });
    expect(unjudged).not.toContain("judged by a second model");
  });
});
