import { type Example, normalizeQuery } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { testExamples } from "../__fixtures__/write-test-run.js";
import { parseSplitSpec } from "./parse-split-spec.js";
import { planSplits } from "./plan-splits.js";

const many = (): Example[] =>
  Array.from({ length: 40 }, (_, index) =>
    testExamples().map((example) => ({
      ...example,
      id: `${example.id}-${index}`,
      query: index % 4 === 0 ? example.query : `${example.query} (variant ${index})`,
    })),
  ).flat();

async function* stream(rows: readonly Example[]) {
  yield* rows;
}

describe("parseSplitSpec", () => {
  it("reads test=0.1 and train=0.9,test=0.1, and refuses nonsense", () => {
    expect(parseSplitSpec("test=0.1")).toEqual({ success: true, value: { test: 0.1 } });
    expect(parseSplitSpec("train=0.8,test=0.2")).toEqual({ success: true, value: { test: 0.2 } });
    expect(parseSplitSpec("test=1.5").success).toBe(false);
    expect(parseSplitSpec("train=0.5,test=0.2").success).toBe(false);
    expect(parseSplitSpec("dev=0.1").success).toBe(false);
  });
});

describe("planSplits", () => {
  it("splits by row, seeded, with every group of near-duplicate queries on one side", async () => {
    const rows = many();
    const plan = await planSplits({ examples: () => stream(rows), split: { test: 0.2 }, seed: 5 });
    const sides = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = normalizeQuery(row.query);
      sides.set(key, (sides.get(key) ?? new Set()).add(plan.assign(row)));
    }
    expect([...sides.values()].every((set) => set.size === 1)).toBe(true);
    const test = rows.filter((row) => plan.assign(row) === "test").length;
    expect(test).toBeGreaterThan(rows.length * 0.05);
    expect(test).toBeLessThan(rows.length * 0.4);
    const again = await planSplits({ examples: () => stream(rows), split: { test: 0.2 }, seed: 5 });
    expect(rows.map(again.assign)).toEqual(rows.map(plan.assign));
    const other = await planSplits({ examples: () => stream(rows), split: { test: 0.2 }, seed: 6 });
    expect(rows.map(other.assign)).not.toEqual(rows.map(plan.assign));
  });

  it("holds out whole tools: no tool of a test row is offered in train", async () => {
    const rows = many();
    const plan = await planSplits({ examples: () => stream(rows), holdOut: "tool", seed: 2 });
    expect(plan.heldOut?.length).toBeGreaterThan(0);
    const trainTools = new Set(
      rows.filter((row) => plan.assign(row) === "train").flatMap((row) => row.tools.map((tool) => tool.name)),
    );
    for (const tool of plan.heldOut ?? []) {
      expect(trainTools.has(tool)).toBe(false);
    }
    expect(rows.some((row) => plan.assign(row) === "train")).toBe(true);
  });

  it("counts a row offering several held-out tools once, so the test share is reached", async () => {
    const template = testExamples()[0] as Example;
    const base = template.tools[0] as Example["tools"][number];
    const tool = (name: string) => ({ ...base, name });
    // Three groups of 100 rows; the rows of a group all offer the same two tools.
    const pairs = [
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ];
    const rows: Example[] = Array.from({ length: 300 }, (_, index) => ({
      ...template,
      id: `row-${index}`,
      query: `question number ${index}`,
      tools: (pairs[Math.floor(index / 100)] ?? []).map(tool),
    }));
    for (let seed = 1; seed <= 20; seed++) {
      const plan = await planSplits({
        examples: () => stream(rows),
        holdOut: "tool",
        split: { test: 0.5 },
        seed,
      });
      const test = rows.filter((row) => plan.assign(row) === "test").length;
      expect(test, `seed ${seed}`).toBeGreaterThanOrEqual(150);
      expect(test, `seed ${seed}`).toBeLessThan(300);
    }
  });

  it("holds out whole categories, and refuses to when there is only one", async () => {
    const rows = many();
    const plan = await planSplits({
      examples: () => stream(rows),
      holdOut: "category",
      split: { test: 0.3 },
      seed: 9,
    });
    const testCategories = new Set(
      rows.filter((row) => plan.assign(row) === "test").map((row) => row.category),
    );
    const trainCategories = new Set(
      rows.filter((row) => plan.assign(row) === "train").map((row) => row.category),
    );
    expect([...testCategories].some((category) => trainCategories.has(category))).toBe(false);
    const one = rows.map((row) => ({ ...row, category: "Finance" }));
    await expect(
      planSplits({ examples: () => stream(one), holdOut: "category", seed: 1 }),
    ).rejects.toMatchObject({
      kind: "invalid_split",
    });
  });
});
