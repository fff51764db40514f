import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Kilograms of CO2 per litre burned. */
const co2PerLitre = { petrol: 2.31, diesel: 2.68 };

interface Args {
  one_way_distance_km: number;
  fuel_consumption_l_per_100km: number;
  fuel_price_per_litre: number;
  fuel_type?: "petrol" | "diesel";
  days_per_week?: number;
  working_weeks_per_year?: number;
  parking_per_day?: number;
}

/** Fuel, parking and CO2 of a car commute. */
export const calculateCommuteCost = defineTool<Args>({
  name: "calculate_commute_cost",
  description:
    "Calculate the cost of commuting by car (round trip each working day): fuel from distance, consumption and price, plus daily parking. Returns the cost per day, week, month (annual / 12) and year in the fuel price's currency (2 decimals), litres of fuel per year (1 decimal) and tailpipe CO2 per year in kg (petrol 2.31, diesel 2.68 kg per litre; whole kg).",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      one_way_distance_km: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 500,
        description: "Distance from home to work in kilometres.",
      },
      fuel_consumption_l_per_100km: {
        type: "number",
        minimum: 2,
        maximum: 30,
        description: "Car's fuel consumption in litres per 100 km.",
      },
      fuel_price_per_litre: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 10,
        description: "Fuel price per litre in the local currency.",
      },
      fuel_type: {
        type: "string",
        enum: ["petrol", "diesel"],
        default: "petrol",
        description: "Fuel burned, for the CO2 estimate. Default petrol.",
      },
      days_per_week: {
        type: "integer",
        minimum: 1,
        maximum: 7,
        default: 5,
        description: "Commuting days per week. Default 5.",
      },
      working_weeks_per_year: {
        type: "integer",
        minimum: 1,
        maximum: 52,
        default: 46,
        description: "Working weeks per year (after holidays). Default 46.",
      },
      parking_per_day: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Parking cost per commuting day. Default 0.",
      },
    },
    required: ["one_way_distance_km", "fuel_consumption_l_per_100km", "fuel_price_per_litre"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      cost_per_day: { type: "number" },
      cost_per_week: { type: "number" },
      cost_per_month: { type: "number" },
      cost_per_year: { type: "number" },
      fuel_litres_per_year: { type: "number" },
      co2_kg_per_year: { type: "integer" },
    },
    required: [
      "cost_per_day",
      "cost_per_week",
      "cost_per_month",
      "cost_per_year",
      "fuel_litres_per_year",
      "co2_kg_per_year",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { one_way_distance_km: 20, fuel_consumption_l_per_100km: 6.5, fuel_price_per_litre: 1.8 },
      result: {
        cost_per_day: 4.68,
        cost_per_week: 23.4,
        cost_per_month: 89.7,
        cost_per_year: 1076.4,
        fuel_litres_per_year: 598,
        co2_kg_per_year: 1381,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        one_way_distance_km: 20,
        fuel_consumption_l_per_100km: 6.5,
        fuel_price_per_litre: 1.8,
        fuel_type: "electric",
      },
      error: "$.fuel_type must be one of",
    },
    {
      arguments: { one_way_distance_km: 20, fuel_price_per_litre: 1.8 },
      error: "missing required argument 'fuel_consumption_l_per_100km'",
    },
  ],
  run: ({
    one_way_distance_km,
    fuel_consumption_l_per_100km,
    fuel_price_per_litre,
    fuel_type = "petrol",
    days_per_week = 5,
    working_weeks_per_year = 46,
    parking_per_day = 0,
  }) => {
    const litresPerDay = (2 * one_way_distance_km * fuel_consumption_l_per_100km) / 100;
    const perDay = litresPerDay * fuel_price_per_litre + parking_per_day;
    const days = days_per_week * working_weeks_per_year;
    return {
      cost_per_day: roundTo(perDay, 2),
      cost_per_week: roundTo(perDay * days_per_week, 2),
      cost_per_month: roundTo((perDay * days) / 12, 2),
      cost_per_year: roundTo(perDay * days, 2),
      fuel_litres_per_year: roundTo(litresPerDay * days, 1),
      co2_kg_per_year: Math.round(litresPerDay * days * co2PerLitre[fuel_type]),
    };
  },
});
