import { createRandom, queryStyles } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { createPromptSampler } from "./create-prompt-sampler.js";
import { promptLibrary } from "./prompt-library.js";
import { promptFramings } from "./prompt-template.js";

describe("promptLibrary", () => {
  it("covers all six styles with unique, versioned ids", () => {
    expect(new Set(promptLibrary.map((template) => template.style))).toEqual(new Set(queryStyles));
    expect(new Set(promptLibrary.map((template) => template.id)).size).toBe(promptLibrary.length);
    for (const template of promptLibrary) {
      expect(template.id).toBe(`${template.style}.${template.framing}.v1`);
    }
    for (const style of ["simple", "multiple", "parallel", "parallel_multiple"] as const) {
      expect(
        promptLibrary.filter((template) => template.style === style).map((template) => template.framing),
      ).toEqual(promptFramings);
    }
    expect(promptLibrary.some((template) => template.id === "no_call.ambiguous.v1")).toBe(false);
  });
});

describe("createPromptSampler", () => {
  it("picks a template of the style, the same ones for the same seed", () => {
    const run = (seed: number) => {
      const sampler = createPromptSampler({ random: createRandom(seed) });
      return Array.from({ length: 40 }, (_, index) => sampler.pick(queryStyles[index % 6] ?? "simple").id);
    };
    const first = run(1);
    expect(run(1)).toEqual(first);
    expect(run(2)).not.toEqual(first);
    first.forEach((id, index) => {
      expect(id.startsWith(`${queryStyles[index % 6]}.`)).toBe(true);
    });
  });

  it("picks framings by weight and never one of weight 0", () => {
    const sampler = createPromptSampler({
      random: createRandom(3),
      framingWeights: { concise: 3, detailed: 1, casual: 0, ambiguous: 0, typos: 0, numbers_as_words: 0 },
    });
    const picks = Array.from({ length: 2000 }, () => sampler.pick("multiple").framing);
    expect(new Set(picks)).toEqual(new Set(["concise", "detailed"]));
    expect(picks.filter((framing) => framing === "concise").length / 2000).toBeCloseTo(0.75, 1);
  });

  it("uses templates of one's own and rejects impossible choices with a TypeError", () => {
    const own = [
      { id: "simple.mine.v1", style: "simple", framing: "casual", instructions: "Write like a pirate." },
    ] as const;
    const sampler = createPromptSampler({ random: createRandom(4), templates: own });
    expect(sampler.pick("simple").id).toBe("simple.mine.v1");
    expect(() => sampler.pick("parallel")).toThrow(/No prompt template of style parallel/);
    expect(() => createPromptSampler({ random: createRandom(1), templates: [...own, ...own] })).toThrow(
      /appears twice/,
    );
    expect(() => createPromptSampler({ random: createRandom(1), framingWeights: { typos: -1 } })).toThrow(
      TypeError,
    );
  });
});
