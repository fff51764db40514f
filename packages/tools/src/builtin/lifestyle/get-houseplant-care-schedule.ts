import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { houseplants } from "./data/houseplants.js";

interface Args {
  plant: string;
  last_watered_date: string;
  season?: "growing" | "dormant";
  upcoming_waterings?: number;
}

/** Care facts and upcoming watering dates for a houseplant. */
export const getHouseplantCareSchedule = defineTool<Args>({
  name: "get_houseplant_care_schedule",
  description:
    "Get care facts for a common houseplant (botanical name, light, humidity, whether it is toxic to cats and dogs) and its next watering dates from the last watering. Intervals are doubled in the dormant season (autumn and winter).",
  category: "Lifestyle",
  simulated: {
    covers:
      "20 common houseplants with typical indoor watering intervals, light and humidity needs, and pet toxicity per the ASPCA plant list",
  },
  parameters: {
    type: "object",
    properties: {
      plant: {
        type: "string",
        minLength: 2,
        maxLength: 50,
        description: "Common or botanical name, e.g. 'monstera', 'snake plant' or 'Ficus lyrata'.",
      },
      last_watered_date: {
        type: "string",
        format: "date",
        description: "Date of the last watering, YYYY-MM-DD.",
      },
      season: {
        type: "string",
        enum: ["growing", "dormant"],
        default: "growing",
        description: "growing (spring/summer) or dormant (autumn/winter). Default growing.",
      },
      upcoming_waterings: {
        type: "integer",
        minimum: 1,
        maximum: 12,
        default: 3,
        description: "How many future watering dates to list. Default 3.",
      },
    },
    required: ["plant", "last_watered_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      plant: { type: "string" },
      botanical_name: { type: "string" },
      light: { type: "string", enum: ["low", "medium", "bright indirect", "bright direct"] },
      humidity: { type: "string", enum: ["low", "medium", "high"] },
      toxic_to_pets: { type: "boolean" },
      watering_interval_days: { type: "integer", minimum: 1 },
      next_watering_dates: { type: "array", items: { type: "string", format: "date" }, minItems: 1 },
    },
    required: [
      "plant",
      "botanical_name",
      "light",
      "humidity",
      "toxic_to_pets",
      "watering_interval_days",
      "next_watering_dates",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { plant: "Monstera", last_watered_date: "2025-06-01" },
      result: {
        plant: "monstera",
        botanical_name: "Monstera deliciosa",
        light: "bright indirect",
        humidity: "high",
        toxic_to_pets: true,
        watering_interval_days: 7,
        next_watering_dates: ["2025-06-08", "2025-06-15", "2025-06-22"],
      },
    },
    {
      arguments: {
        plant: "Aspidistra elatior",
        last_watered_date: "2025-12-20",
        season: "dormant",
        upcoming_waterings: 2,
      },
      result: {
        plant: "cast iron plant",
        botanical_name: "Aspidistra elatior",
        light: "low",
        humidity: "low",
        toxic_to_pets: false,
        watering_interval_days: 28,
        next_watering_dates: ["2026-01-17", "2026-02-14"],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { plant: "venus flytrap", last_watered_date: "2025-06-01" },
      error: "unknown houseplant 'venus flytrap'",
    },
    {
      arguments: { plant: "pothos", last_watered_date: "yesterday" },
      error: '$.last_watered_date must match format "date"',
    },
  ],
  run: ({ plant, last_watered_date, season = "growing", upcoming_waterings = 3 }) => {
    const query = plant.trim().toLowerCase();
    const found = houseplants.find(
      (item) => item.name === query || item.botanicalName.toLowerCase() === query,
    );
    if (found === undefined) {
      throw new ToolArgumentError({
        message: `unknown houseplant '${plant}'; known plants include ${houseplants
          .slice(0, 6)
          .map((item) => item.name)
          .join(", ")} (${houseplants.length} in all)`,
        argument: "plant",
      });
    }
    const interval = found.wateringIntervalDays * (season === "dormant" ? 2 : 1);
    const start = toDayNumber(last_watered_date);
    return {
      plant: found.name,
      botanical_name: found.botanicalName,
      light: found.light,
      humidity: found.humidity,
      toxic_to_pets: found.toxicToPets,
      watering_interval_days: interval,
      next_watering_dates: Array.from({ length: upcoming_waterings }, (_, index) =>
        fromDayNumber(start + interval * (index + 1)),
      ),
    };
  },
});
