import { createRandom, type QueryStyle } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { createStylePlanner } from "./create-style-planner.js";

const targets = {
  simple: 40,
  multiple: 25,
  parallel: 20,
  parallel_multiple: 10,
  no_call: 7,
  missing_argument: 3,
};

/** Runs prompts of 3 rows, up to `concurrency` at once, finishing them in random order with random passes. */
function simulate(seed: number, passRate: number, accepted: Partial<Record<QueryStyle, number>> = {}) {
  const planner = createStylePlanner({ targets, accepted, random: createRandom(seed) });
  const chance = createRandom(`${seed}-chance`);
  const flying: QueryStyle[] = [];
  const kept = { ...Object.fromEntries(Object.keys(targets).map((style) => [style, 0])) } as Record<
    QueryStyle,
    number
  >;
  let asked = 0;
  for (let step = 0; step < 10_000; step++) {
    let style = planner.next();
    while (style !== undefined && flying.length < 4) {
      planner.started(style, 3);
      flying.push(style);
      asked += 3;
      style = planner.next();
    }
    if (flying.length === 0) {
      break;
    }
    const [finished] = flying.splice(chance.int(0, flying.length - 1), 1) as [QueryStyle];
    const passed = [0, 1, 2].filter(() => chance.next() < passRate).length;
    const keep = Math.min(passed, planner.remaining()[finished]);
    kept[finished] += keep;
    planner.finished(finished, 3, keep);
  }
  return { planner, kept, asked };
}

describe("createStylePlanner", () => {
  it("meets mixed targets exactly with random passes and failures, then stops", () => {
    for (const [seed, passRate] of [
      [1, 0.5],
      [2, 0.9],
      [3, 0.2],
    ] as const) {
      const { planner, kept, asked } = simulate(seed, passRate);
      expect(kept).toEqual(targets);
      expect(planner.next()).toBeUndefined();
      expect(planner.done()).toBe(true);
      expect(Object.values(planner.remaining())).toEqual([0, 0, 0, 0, 0, 0]);
      // It never asks much past what the pass rate needs: under 2.5 times the rows expected to be needed.
      expect(asked).toBeLessThan((105 / passRate) * 2.5);
    }
  });

  it("resumes from accepted counts and asks only for the rest", () => {
    const { kept } = simulate(4, 0.6, { simple: 40, multiple: 20 });
    expect(kept).toMatchObject({ simple: 0, multiple: 5, parallel: 20 });
  });

  it("asks for the styles with more need more often, and none without a target", () => {
    const planner = createStylePlanner({ targets: { simple: 900, parallel: 100 }, random: createRandom(5) });
    const picks = Array.from({ length: 1000 }, () => planner.next());
    expect(new Set(picks)).toEqual(new Set(["simple", "parallel"]));
    expect(picks.filter((style) => style === "simple").length / 1000).toBeCloseTo(0.9, 1);
  });

  it("holds back while in-flight work may fill a target and reopens it when that work fails", () => {
    const planner = createStylePlanner({
      targets: { no_call: 2 },
      random: createRandom(6),
      expectedPassRate: 0.5,
    });
    expect(planner.next()).toBe("no_call");
    planner.started("no_call", 4);
    expect(planner.next()).toBeUndefined();
    expect(planner.done()).toBe(false);
    planner.finished("no_call", 4, 1);
    expect(planner.remaining().no_call).toBe(1);
    expect(planner.next()).toBe("no_call");
    planner.started("no_call", 4);
    planner.finished("no_call", 4, 1);
    expect(planner.next()).toBeUndefined();
    expect(planner.done()).toBe(true);
  });

  it("rejects invalid input with a TypeError", () => {
    const random = createRandom(1);
    expect(() => createStylePlanner({ targets: { simple: -1 }, random })).toThrow(/targets.simple/);
    expect(() => createStylePlanner({ targets: {}, random, expectedPassRate: 0 })).toThrow(
      /expectedPassRate/,
    );
    const planner = createStylePlanner({ targets: { simple: 1 }, random });
    expect(() => planner.finished("simple", 3, 0)).toThrow(/no matching started/);
    expect(createStylePlanner({ targets: {}, random }).next()).toBeUndefined();
  });
});
