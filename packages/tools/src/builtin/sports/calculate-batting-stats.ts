import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Line {
  at_bats: number;
  hits: number;
  doubles?: number;
  triples?: number;
  home_runs?: number;
  walks?: number;
  hit_by_pitch?: number;
  sacrifice_flies?: number;
}

const count = (description: string) => ({ type: "integer", minimum: 0, default: 0, description });

/** Baseball slash line from counting stats. */
export const calculateBattingStats = defineTool<Line>({
  name: "calculate_batting_stats",
  description:
    "Calculate a baseball hitter's batting average (AVG), on-base percentage (OBP), slugging percentage (SLG) and OPS from counting stats. Returns each rounded to 3 decimals, plus total bases.",
  category: "Sports",
  parameters: {
    type: "object",
    properties: {
      at_bats: { type: "integer", minimum: 1, description: "Official at-bats (AB)." },
      hits: { type: "integer", minimum: 0, description: "Hits (H), including extra-base hits." },
      doubles: count("Doubles (2B)."),
      triples: count("Triples (3B)."),
      home_runs: count("Home runs (HR)."),
      walks: count("Walks (BB)."),
      hit_by_pitch: count("Times hit by a pitch (HBP)."),
      sacrifice_flies: count("Sacrifice flies (SF)."),
    },
    required: ["at_bats", "hits"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      batting_average: { type: "number" },
      on_base_percentage: { type: "number" },
      slugging_percentage: { type: "number" },
      ops: { type: "number" },
      total_bases: { type: "integer" },
    },
    required: ["batting_average", "on_base_percentage", "slugging_percentage", "ops", "total_bases"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        at_bats: 500,
        hits: 150,
        doubles: 30,
        triples: 2,
        home_runs: 25,
        walks: 60,
        hit_by_pitch: 5,
        sacrifice_flies: 5,
      },
      result: {
        batting_average: 0.3,
        on_base_percentage: 0.377,
        slugging_percentage: 0.518,
        ops: 0.895,
        total_bases: 259,
      },
    },
    {
      arguments: { at_bats: 4, hits: 1 },
      result: {
        batting_average: 0.25,
        on_base_percentage: 0.25,
        slugging_percentage: 0.25,
        ops: 0.5,
        total_bases: 1,
      },
    },
  ],
  invalidExamples: [
    { arguments: { at_bats: 10, hits: 12 }, error: "hits (12) cannot exceed at_bats (10)" },
    {
      arguments: { at_bats: 10, hits: 3, doubles: 2, home_runs: 2 },
      error: "doubles + triples + home_runs (4) cannot exceed hits (3)",
    },
    { arguments: { at_bats: 0, hits: 0 }, error: "$.at_bats must be >= 1" },
  ],
  run: ({
    at_bats,
    hits,
    doubles = 0,
    triples = 0,
    home_runs = 0,
    walks = 0,
    hit_by_pitch = 0,
    sacrifice_flies = 0,
  }) => {
    if (hits > at_bats) {
      throw new ToolArgumentError({
        message: `hits (${hits}) cannot exceed at_bats (${at_bats})`,
        argument: "hits",
      });
    }
    const extra = doubles + triples + home_runs;
    if (extra > hits) {
      throw new ToolArgumentError({
        message: `doubles + triples + home_runs (${extra}) cannot exceed hits (${hits})`,
        argument: "hits",
      });
    }
    const totalBases = hits + doubles + 2 * triples + 3 * home_runs;
    const avg = hits / at_bats;
    const obp = (hits + walks + hit_by_pitch) / (at_bats + walks + hit_by_pitch + sacrifice_flies);
    const slg = totalBases / at_bats;
    return {
      batting_average: roundTo(avg, 3),
      on_base_percentage: roundTo(obp, 3),
      slugging_percentage: roundTo(slg, 3),
      ops: roundTo(obp + slg, 3),
      total_bases: totalBases,
    };
  },
});
