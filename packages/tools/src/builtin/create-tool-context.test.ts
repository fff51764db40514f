import { describe, expect, it } from "vitest";
import { createToolContext } from "./create-tool-context.js";

const draw = (random: { next(): number }) => [random.next(), random.next(), random.next()];

describe("createToolContext", () => {
  it("seeds random from the seed, the tool name and all the arguments", () => {
    const a = createToolContext({ name: "tool_a", arguments: { x: 1 }, seed: 7 });
    expect(draw(a.random)).toEqual(
      draw(createToolContext({ name: "tool_a", arguments: { x: 1 }, seed: 7 }).random),
    );
    expect(draw(a.random)).not.toEqual(
      draw(createToolContext({ name: "tool_a", arguments: { x: 2 }, seed: 7 }).random),
    );
  });

  it("seeds randomFor from the seed, the tool name and the keys only, with a fresh stream on every call", () => {
    const small = createToolContext({ name: "tool_a", arguments: { league: "nba", top_n: 3 }, seed: 7 });
    const large = createToolContext({ name: "tool_a", arguments: { league: "nba", top_n: 4 }, seed: 7 });
    expect(draw(small.randomFor("nba", "2024-25"))).toEqual(draw(large.randomFor("nba", "2024-25")));
    expect(draw(small.randomFor("nba", "2024-25"))).toEqual(draw(small.randomFor("nba", "2024-25")));
    expect(draw(small.randomFor("nba", "2024-25"))).not.toEqual(draw(small.randomFor("nba", "2023-24")));
    expect(draw(small.randomFor(2024))).not.toEqual(draw(small.randomFor("2024")));
  });

  it("keeps streams of different tools, seeds and of random apart", () => {
    const context = createToolContext({ name: "tool_a", arguments: {}, seed: 7 });
    const keyed = draw(context.randomFor("k"));
    expect(keyed).not.toEqual(
      draw(createToolContext({ name: "tool_b", arguments: {}, seed: 7 }).randomFor("k")),
    );
    expect(keyed).not.toEqual(
      draw(createToolContext({ name: "tool_a", arguments: {}, seed: 8 }).randomFor("k")),
    );
    expect(draw(context.randomFor())).not.toEqual(draw(context.random));
  });
});
