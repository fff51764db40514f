import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  room_length_m: number;
  room_width_m: number;
  wall_height_m: number;
  doors?: number;
  windows?: number;
  coats?: number;
  include_ceiling?: boolean;
  coverage_m2_per_litre?: number;
  can_size_litres?: number;
}

const doorArea = 1.9;
const windowArea = 1.5;

/** Litres and cans of paint for the walls (and ceiling) of a rectangular room. */
export const estimatePaintNeeded = defineTool<Args>({
  name: "estimate_paint_needed",
  description:
    "Estimate the paint needed for a rectangular room: wall area minus doors (1.9 m² each) and windows (1.5 m² each), optionally the ceiling, times the number of coats, divided by the paint's coverage. Returns the paintable area (m², 2 decimals), litres (2 decimals, plus 10% for waste) and whole cans to buy.",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      room_length_m: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 50,
        description: "Room length in metres.",
      },
      room_width_m: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 50,
        description: "Room width in metres.",
      },
      wall_height_m: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 10,
        description: "Wall height in metres.",
      },
      doors: {
        type: "integer",
        minimum: 0,
        maximum: 20,
        default: 1,
        description: "Number of doors. Default 1.",
      },
      windows: {
        type: "integer",
        minimum: 0,
        maximum: 40,
        default: 1,
        description: "Number of windows. Default 1.",
      },
      coats: {
        type: "integer",
        minimum: 1,
        maximum: 4,
        default: 2,
        description: "Coats of paint. Default 2.",
      },
      include_ceiling: {
        type: "boolean",
        default: false,
        description: "Also paint the ceiling. Default false.",
      },
      coverage_m2_per_litre: {
        type: "number",
        minimum: 4,
        maximum: 20,
        default: 10,
        description: "Coverage of the paint per coat. Default 10 m² per litre.",
      },
      can_size_litres: {
        type: "number",
        enum: [0.5, 1, 2.5, 5, 10],
        default: 2.5,
        description: "Size of the cans sold. Default 2.5 litres.",
      },
    },
    required: ["room_length_m", "room_width_m", "wall_height_m"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      paintable_area_m2: { type: "number", minimum: 0 },
      litres_needed: { type: "number", minimum: 0 },
      cans: { type: "integer", minimum: 1 },
      can_size_litres: { type: "number" },
    },
    required: ["paintable_area_m2", "litres_needed", "cans", "can_size_litres"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { room_length_m: 4, room_width_m: 3.5, wall_height_m: 2.5 },
      result: { paintable_area_m2: 34.1, litres_needed: 7.5, cans: 4, can_size_litres: 2.5 },
    },
    {
      arguments: {
        room_length_m: 5,
        room_width_m: 4,
        wall_height_m: 2.4,
        doors: 2,
        windows: 3,
        coats: 1,
        include_ceiling: true,
        can_size_litres: 5,
      },
      result: { paintable_area_m2: 54.9, litres_needed: 6.04, cans: 2, can_size_litres: 5 },
    },
  ],
  invalidExamples: [
    {
      arguments: { room_length_m: 2, room_width_m: 1, wall_height_m: 1, doors: 4, windows: 4 },
      error: "doors and windows (13.6 m²) cover more than the walls (6 m²)",
    },
    {
      arguments: { room_length_m: 4, room_width_m: 3, wall_height_m: 2.5, can_size_litres: 3 },
      error: "$.can_size_litres must be one of",
    },
  ],
  run: ({
    room_length_m,
    room_width_m,
    wall_height_m,
    doors = 1,
    windows = 1,
    coats = 2,
    include_ceiling = false,
    coverage_m2_per_litre = 10,
    can_size_litres = 2.5,
  }) => {
    const walls = 2 * (room_length_m + room_width_m) * wall_height_m;
    const openings = doors * doorArea + windows * windowArea;
    if (openings >= walls) {
      throw new ToolArgumentError({
        message: `doors and windows (${roundTo(openings, 2)} m²) cover more than the walls (${roundTo(walls, 2)} m²); check the room size and counts`,
        argument: "doors",
      });
    }
    const area = walls - openings + (include_ceiling ? room_length_m * room_width_m : 0);
    const litres = ((area * coats) / coverage_m2_per_litre) * 1.1;
    return {
      paintable_area_m2: roundTo(area, 2),
      litres_needed: roundTo(litres, 2),
      cans: Math.max(1, Math.ceil(litres / can_size_litres - 1e-9)),
      can_size_litres,
    };
  },
});
