import { describe, expect, it } from "vitest";
import { createRandom } from "./create-random.js";

describe("createRandom", () => {
  it("gives the same sequence for the same seed and different ones for different seeds", () => {
    const draw = (seed: number | string) => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random.int(0, 1_000_000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw("run-a")).toEqual(draw("run-a"));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw("42")).toEqual(draw(42));
  });

  it("keeps its numbers stable across releases", () => {
    const random = createRandom(2024);
    expect([random.next(), random.int(1, 6), random.pick(["a", "b", "c"])]).toMatchInlineSnapshot(`
      [
        0.04685186956724041,
        2,
        "b",
      ]
    `);
  });

  it("draws floats in [0, 1) spread evenly over ten buckets", () => {
    const random = createRandom(7);
    const buckets = new Array<number>(10).fill(0);
    let lowest = 1;
    let highest = 0;
    for (let draw = 0; draw < 100_000; draw++) {
      const value = random.next();
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
      const bucket = Math.floor(value * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect(highest).toBeLessThan(1);
    const chiSquare = buckets.reduce((sum, count) => sum + (count - 10_000) ** 2 / 10_000, 0);
    expect(chiSquare).toBeLessThan(27.9); // p = 0.001 for 9 degrees of freedom
  });

  it("draws integers within bounds, both ends included", () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let draw = 0; draw < 2000; draw++) {
      const value = random.int(-2, 2);
      expect(Number.isInteger(value) && value >= -2 && value <= 2).toBe(true);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2]);
    expect(() => random.int(3, 1)).toThrow(/min <= max/);
  });

  it("shuffles and samples without losing or repeating items", () => {
    const random = createRandom("shuffle");
    const items = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = random.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    const sampled = random.sample(items, 10);
    expect(new Set(sampled).size).toBe(10);
    expect(() => random.sample(items, 51)).toThrow(/Cannot sample 51/);
    expect(() => random.pick([])).toThrow(/empty/);
  });

  it("follows weights", () => {
    const random = createRandom(99);
    const counts = { rare: 0, common: 0, never: 0 };
    for (let draw = 0; draw < 10_000; draw++) {
      counts[random.weighted(["rare", "common", "never"] as const, [1, 9, 0])]++;
    }
    expect(counts.never).toBe(0);
    expect(counts.rare).toBeGreaterThan(800);
    expect(counts.rare).toBeLessThan(1200);
    expect(() => random.weighted(["a"], [0])).toThrow(/positive/);
  });

  it("resumes from a saved state exactly where it was", () => {
    const random = createRandom("resume");
    random.next();
    random.int(0, 10);
    const saved = random.state();
    const expected = [random.next(), random.int(0, 100)];
    const resumed = createRandom(saved);
    expect([resumed.next(), resumed.int(0, 100)]).toEqual(expected);
    expect(() => createRandom({ state: [0, 0, 0, 0], seed: 1 })).toThrow(/not all zero/);
  });

  it("forks streams that do not depend on how much the parent was used", () => {
    const fresh = createRandom(5).fork("worker-3");
    const used = createRandom(5);
    used.next();
    used.next();
    const forked = used.fork("worker-3");
    expect(forked.next()).toBe(fresh.next());
    expect(createRandom(5).fork(1).next()).not.toBe(createRandom(5).fork(2).next());
  });
});
