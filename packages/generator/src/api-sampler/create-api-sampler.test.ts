import { createRandom, type QueryStyle, queryStyles } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { makeTools } from "../__fixtures__/make-tools.js";
import { SamplingError } from "../errors/sampling-error.js";
import { createApiSampler } from "./create-api-sampler.js";

const tools = makeTools();
const categoryOf = new Map(tools.map(({ tool, category }) => [tool.name, category]));
const names = (draw: { tools: { name: string }[] }) => draw.tools.map((tool) => tool.name);

describe("createApiSampler", () => {
  it("draws the same tools for the same seed and calls, and different ones for another seed", () => {
    const run = (seed: number) => {
      const sampler = createApiSampler({ tools, random: createRandom(seed) });
      return Array.from({ length: 60 }, (_, index) => sampler.draw(queryStyles[index % 6] as QueryStyle));
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it("draws as many tools as each style needs", () => {
    const sampler = createApiSampler({ tools, random: createRandom(3), toolsPerPrompt: { min: 3, max: 4 } });
    for (let round = 0; round < 30; round++) {
      expect(sampler.draw("simple").tools).toHaveLength(1);
      expect(sampler.draw("parallel").tools).toHaveLength(1);
      for (const style of ["multiple", "parallel_multiple"] as const) {
        const draw = sampler.draw(style);
        expect(draw.tools.length).toBeGreaterThanOrEqual(3);
        expect(draw.tools.length).toBeLessThanOrEqual(4);
        expect(new Set(names(draw)).size).toBe(draw.tools.length);
        expect(names(draw).every((name) => categoryOf.get(name) === draw.category)).toBe(true);
      }
    }
  });

  it("offers at least two tools for multiple even when toolsPerPrompt allows one", () => {
    const sampler = createApiSampler({ tools, random: createRandom(4), toolsPerPrompt: { min: 1, max: 1 } });
    expect(sampler.draw("multiple").tools).toHaveLength(2);
  });

  it("uses every tool of a category once before any twice", () => {
    const sampler = createApiSampler({ tools, random: createRandom(5), categoryWeights: { Finance: 1 } });
    const styles: QueryStyle[] = ["simple", "multiple", "parallel", "parallel_multiple"];
    for (let index = 0; index < 400; index++) {
      sampler.draw(styles[index % styles.length] as QueryStyle);
      const perCategory = new Map<string, number[]>();
      for (const [name, count] of sampler.usage()) {
        const category = categoryOf.get(name) as string;
        perCategory.set(category, [...(perCategory.get(category) ?? []), count]);
      }
      for (const counts of perCategory.values()) {
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }
    }
    expect(Math.min(...sampler.usage().values())).toBeGreaterThan(0);
  });

  it("carries coverage on from initialUsage", () => {
    const finance = tools.filter(({ category }) => category === "Finance").map(({ tool }) => tool.name);
    const initialUsage = Object.fromEntries(finance.map((name) => [name, 2]));
    initialUsage[finance[4] as string] = 1;
    const weights = { Finance: 1, Sports: 0, Travel: 0, Math: 0, Music: 0, Health: 0 };
    const sampler = createApiSampler({
      tools,
      random: createRandom(12),
      categoryWeights: weights,
      initialUsage,
    });
    expect(names(sampler.draw("simple"))).toEqual([finance[4]]);
    expect(sampler.usage().get(finance[4] as string)).toBe(2);
    expect(() =>
      createApiSampler({ tools, random: createRandom(1), initialUsage: { [finance[0] as string]: 1.5 } }),
    ).toThrow(/initialUsage/);
  });

  it("chooses categories by weight and never one of weight 0", () => {
    const sampler = createApiSampler({
      tools,
      random: createRandom(6),
      categoryWeights: { Finance: 6, Sports: 2, Music: 0 },
    });
    const counts = new Map<string, number>();
    for (let index = 0; index < 3000; index++) {
      const { category } = sampler.draw("simple");
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    expect(counts.has("Music")).toBe(false);
    expect(sampler.usage().has("music_search_tracks")).toBe(false);
    // Finance 6 / 11, Sports 2 / 11, the other three 1 / 11 each.
    expect((counts.get("Finance") ?? 0) / 3000).toBeCloseTo(6 / 11, 1);
    expect((counts.get("Sports") ?? 0) / 3000).toBeCloseTo(2 / 11, 1);
    expect((counts.get("Travel") ?? 0) / 3000).toBeCloseTo(1 / 11, 1);
  });

  it("draws extras from other categories with crossCategory, and from one category without", () => {
    const mixed = createApiSampler({ tools, random: createRandom(7), crossCategory: true });
    const spans = Array.from({ length: 50 }, () => {
      const draw = mixed.draw("parallel_multiple");
      return new Set(names(draw).map((name) => categoryOf.get(name))).size;
    });
    expect(Math.max(...spans)).toBeGreaterThan(1);
    const small = makeTools({ perCategory: 2 });
    const filled = createApiSampler({
      tools: small,
      random: createRandom(8),
      toolsPerPrompt: { min: 4, max: 4 },
    });
    const draw = filled.draw("multiple");
    expect(draw.tools).toHaveLength(4);
    expect(names(draw).filter((name) => categoryOf.get(name) === draw.category)).toHaveLength(2);
  });

  it("withholds the needed tool for no_call and offers tools of other categories only", () => {
    const sampler = createApiSampler({ tools, random: createRandom(9), toolsPerPrompt: { min: 1, max: 3 } });
    for (let index = 0; index < 100; index++) {
      const draw = sampler.draw("no_call");
      const withheld = draw.withheld?.name as string;
      expect(categoryOf.get(withheld)).toBe(draw.category);
      expect(names(draw)).not.toContain(withheld);
      expect(draw.tools.length).toBeGreaterThanOrEqual(1);
      expect(draw.tools.length).toBeLessThanOrEqual(3);
      expect(names(draw).every((name) => categoryOf.get(name) !== draw.category)).toBe(true);
    }
  });

  it("leaves out a required parameter of a tool that has one for missing_argument", () => {
    const sampler = createApiSampler({ tools, random: createRandom(10) });
    const omitted = new Set<string>();
    for (let index = 0; index < 200; index++) {
      const draw = sampler.draw("missing_argument");
      const [tool] = draw.tools;
      expect(draw.tools).toHaveLength(1);
      expect(draw.omit?.tool).toBe(tool?.name);
      expect(tool?.parameters.required).toContain(draw.omit?.parameter);
      omitted.add(draw.omit?.parameter as string);
    }
    expect(omitted).toEqual(new Set(["query", "amount", "from", "to", "values"]));
  });

  it("fails with a classified error when the library cannot serve a style", () => {
    const optional = tools.filter(({ tool }) => tool.parameters.required?.length === 0);
    const sampler = createApiSampler({ tools: optional, random: createRandom(11) });
    expect(sampler.draw("simple").tools).toHaveLength(1);
    const error = (() => {
      try {
        sampler.draw("missing_argument");
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(SamplingError.isInstance(error) && error.reason).toBe("no_required_parameter");
    const single = createApiSampler({ tools: makeTools({ categories: 1 }), random: createRandom(1) });
    const sameCategory = single.draw("no_call");
    expect(sameCategory.tools.length).toBeGreaterThan(0);
    expect(sameCategory.tools.map((tool) => tool.name)).not.toContain(sameCategory.withheld?.name);
    const lonely = createApiSampler({
      tools: makeTools({ categories: 1, perCategory: 1 }),
      random: createRandom(1),
    });
    expect(() => lonely.draw("multiple")).toThrow(SamplingError);
    expect(() => lonely.draw("no_call")).toThrow(/at least 2 tools/);
  });

  it("rejects invalid options with a TypeError", () => {
    const random = createRandom(1);
    expect(() => createApiSampler({ tools: [], random })).toThrow(TypeError);
    expect(() => createApiSampler({ tools, random, toolsPerPrompt: { min: 0, max: 2 } })).toThrow(
      /toolsPerPrompt must be integers with 1 <= min <= max/,
    );
    expect(() => createApiSampler({ tools, random, categoryWeights: { Finance: -1 } })).toThrow(TypeError);
    expect(() => createApiSampler({ tools: [...tools, tools[0] as (typeof tools)[number]], random })).toThrow(
      /appears twice/,
    );
  });
});
