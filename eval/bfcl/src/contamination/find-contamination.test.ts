import { describe, expect, it } from "vitest";
import { type ContaminationMatch, findContamination } from "./find-contamination.js";

async function collect(iterable: AsyncIterable<ContaminationMatch>): Promise<ContaminationMatch[]> {
  const matches: ContaminationMatch[] = [];
  for await (const match of iterable) {
    matches.push(match);
  }
  return matches;
}

const references = [
  {
    id: "simple_python_0",
    text: "Find the area of a triangle with a base of 10 units and height of 5 units.",
  },
  {
    id: "parallel_0",
    text: "Play songs from the artists Taylor Swift and Maroon 5, with a play time of 20 minutes and 15 minutes respectively, on Spotify.",
  },
];

describe("findContamination", () => {
  it("finds exact copies through formatting, near copies through small edits, and leaves new questions alone", async () => {
    const rows = [
      { id: "copy", text: "find the AREA of a triangle, with a base of 10 units and height of 5 units" },
      {
        id: "edited",
        text: "Play songs from the artists Taylor Swift and Maroon 5, with a play time of 20 minutes and 15 minutes respectively on Spotify please.",
      },
      { id: "new", text: "What is the weather in Lisbon tomorrow?" },
      { id: "short", text: "triangle" },
    ];
    const matches = await collect(findContamination({ references, rows }));
    expect(matches.map(({ rowId, referenceId, kind }) => ({ rowId, referenceId, kind }))).toEqual([
      { rowId: "copy", referenceId: "simple_python_0", kind: "exact" },
      { rowId: "edited", referenceId: "parallel_0", kind: "near" },
    ]);
    expect(matches[1]?.similarity).toBeGreaterThan(0.7);
    expect(matches[1]?.similarity).toBeLessThan(1);
  });

  it("respects the threshold and refuses a meaningless one", async () => {
    const rows = [{ id: "half", text: "Find the area of a triangle with a base of 3 meters" }];
    expect(await collect(findContamination({ references, rows, threshold: 0.9 }))).toEqual([]);
    expect((await collect(findContamination({ references, rows, threshold: 0.2 })))[0]?.referenceId).toBe(
      "simple_python_0",
    );
    await expect(collect(findContamination({ references, rows, threshold: 0 }))).rejects.toThrow(/threshold/);
  });

  it("sees through case, punctuation, width, apostrophes and spacing", async () => {
    const rows = [{ id: "wide", text: "  Ｗhat's  the AREA,\tof a 5.0 triangle?! " }];
    const matches = await collect(
      findContamination({ references: [{ id: "ref", text: "whats the area of a 5 0 triangle" }], rows }),
    );
    expect(matches).toMatchObject([{ rowId: "wide", referenceId: "ref", kind: "exact" }]);
  });
});
