import { createRandom, type Example, type QueryStyle } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { makeTools } from "../__fixtures__/make-tools.js";
import { createSeedPool } from "./create-seed-pool.js";

const tools = makeTools().map(({ tool }) => tool);
let serial = 0;

function row(toolIndex: number, style: QueryStyle = "simple", calls = 1): Example {
  const tool = tools[toolIndex] as Example["tools"][number];
  serial++;
  return {
    query: `Question ${serial} for ${tool.name}`,
    tools: [tool],
    answers: Array.from({ length: style === "no_call" ? 0 : calls }, (_, index) => ({
      name: tool.name,
      arguments: { query: `value ${serial}.${index}` },
    })),
    style,
  };
}

describe("createSeedPool", () => {
  it("keeps at most maxPerTool rows per tool and drops repeated queries", () => {
    const pool = createSeedPool({ random: createRandom(1), maxPerTool: 2 });
    expect([pool.add(row(0)), pool.add(row(0)), pool.add(row(0)), pool.add(row(1))]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    const again = row(2);
    expect(pool.add(again)).toBe(true);
    expect(pool.add({ ...again })).toBe(false);
    expect(pool.size).toBe(4);
  });

  it("counts a row for every tool it calls", () => {
    const pool = createSeedPool({ random: createRandom(1), maxPerTool: 1 });
    const both: Example = {
      ...row(0, "parallel_multiple"),
      answers: [
        { name: tools[0]?.name as string, arguments: {} },
        { name: tools[1]?.name as string, arguments: {} },
      ],
    };
    expect(pool.add(both)).toBe(true);
    expect(pool.add(row(1))).toBe(false);
  });

  it("replaces a row of the most represented tool when full", () => {
    const pool = createSeedPool({ random: createRandom(2), maxPerTool: 3, maxSize: 5 });
    for (const index of [0, 0, 0, 1, 1]) {
      pool.add(row(index));
    }
    expect(pool.add(row(2))).toBe(true);
    expect(pool.size).toBe(5);
    const counts = (name: string) => pool.entries().filter((entry) => entry.answers[0]?.name === name).length;
    expect([
      counts(tools[0]?.name as string),
      counts(tools[1]?.name as string),
      counts(tools[2]?.name as string),
    ]).toEqual([2, 2, 1]);
    // The pool is now balanced 2/2/1: a fourth row of tool 1 is not less represented than the most crowded one.
    expect(pool.add(row(1))).toBe(false);
    expect(pool.add(row(3))).toBe(true);
    expect(pool.size).toBe(5);
  });

  it("applies the caps to seeds too and lists every row for persisting", () => {
    const seeds = [row(0), row(0), row(0), row(0), row(5)];
    const pool = createSeedPool({ random: createRandom(3), seeds });
    expect(pool.size).toBe(4);
    expect(pool.entries()).toEqual([seeds[0], seeds[1], seeds[2], seeds[4]]);
  });

  it("samples rows of the style first, then other styles, preferring other tools", () => {
    const pool = createSeedPool({ random: createRandom(4) });
    const parallel = [row(0, "parallel", 2), row(1, "parallel", 2), row(2, "parallel", 3)];
    const simple = [row(3), row(4), row(5)];
    for (const entry of [...parallel, ...simple]) {
      pool.add(entry);
    }
    const picked = pool.sample({ style: "parallel", count: 2, avoidTools: [tools[0]?.name as string] });
    expect(new Set(picked)).toEqual(new Set([parallel[1], parallel[2]]));
    const more = pool.sample({ style: "parallel", count: 5, avoidTools: [tools[0]?.name as string] });
    expect(more.slice(0, 2)).toEqual(expect.arrayContaining([parallel[1], parallel[2]]));
    expect(more[2]).toBe(parallel[0]);
    expect(more.slice(3).every((entry) => entry.style === "simple")).toBe(true);
    expect(pool.sample({ style: "no_call", count: 2 })).toHaveLength(2);
    expect(pool.sample({ style: "simple", count: 0 })).toEqual([]);
    expect(createSeedPool({ random: createRandom(1) }).sample({ style: "simple", count: 3 })).toEqual([]);
  });

  it("samples the same rows for the same seed", () => {
    const make = (seed: number) => {
      const pool = createSeedPool({ random: createRandom(seed) });
      for (let index = 0; index < 40; index++) {
        pool.add(row(index, index % 2 === 0 ? "simple" : "parallel"));
      }
      return pool.sample({ style: "simple", count: 5 }).map((entry) => entry.tools[0]?.name);
    };
    serial = 0;
    const first = make(9);
    serial = 0;
    expect(make(9)).toEqual(first);
  });

  it("rejects invalid caps with a TypeError", () => {
    expect(() => createSeedPool({ random: createRandom(1), maxSize: 0 })).toThrow(
      /maxSize must be an integer/,
    );
  });
});
