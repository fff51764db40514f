import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Total and per-person cost of a trip. */
export const estimateTripBudget = defineTool<{
  nights: number;
  travelers: number;
  lodging_per_night: number;
  food_per_person_per_day: number;
  transport_total?: number;
  activities_per_person?: number;
  contingency_percent?: number;
  currency?: string;
}>({
  name: "estimate_trip_budget",
  description:
    "Estimate the budget of a trip from nightly lodging, daily food per person, total transport and activities per person, plus a contingency margin. Returns the cost per category, the subtotal, the contingency, the grand total, and the cost per person and per day, rounded to 2 decimals.",
  category: "Travel",
  parameters: {
    type: "object",
    properties: {
      nights: {
        type: "integer",
        minimum: 1,
        maximum: 365,
        description: "Number of nights; the trip lasts nights + 1 days.",
      },
      travelers: {
        type: "integer",
        minimum: 1,
        maximum: 50,
        description: "Number of travelers sharing the lodging.",
      },
      lodging_per_night: {
        type: "number",
        minimum: 0,
        description: "Lodging cost per night for the whole group.",
      },
      food_per_person_per_day: {
        type: "number",
        minimum: 0,
        description: "Food and drink per person per day.",
      },
      transport_total: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Flights, trains and local transport for the whole group.",
      },
      activities_per_person: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Tours, tickets and activities per person for the whole trip.",
      },
      contingency_percent: {
        type: "number",
        minimum: 0,
        maximum: 50,
        default: 10,
        description: "Safety margin added to the subtotal, in percent.",
      },
      currency: {
        type: "string",
        pattern: "^[A-Z]{3}$",
        default: "USD",
        description: "ISO 4217 code the amounts are in; echoed back.",
      },
    },
    required: ["nights", "travelers", "lodging_per_night", "food_per_person_per_day"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      currency: { type: "string" },
      days: { type: "integer" },
      breakdown: {
        type: "object",
        properties: {
          lodging: { type: "number" },
          food: { type: "number" },
          transport: { type: "number" },
          activities: { type: "number" },
        },
        required: ["lodging", "food", "transport", "activities"],
        additionalProperties: false,
      },
      subtotal: { type: "number" },
      contingency: { type: "number" },
      total: { type: "number" },
      per_person: { type: "number" },
      per_day: { type: "number" },
    },
    required: ["currency", "days", "breakdown", "subtotal", "contingency", "total", "per_person", "per_day"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        nights: 4,
        travelers: 2,
        lodging_per_night: 150,
        food_per_person_per_day: 50,
        transport_total: 600,
        activities_per_person: 100,
        currency: "EUR",
      },
      result: {
        currency: "EUR",
        days: 5,
        breakdown: { lodging: 600, food: 500, transport: 600, activities: 200 },
        subtotal: 1900,
        contingency: 190,
        total: 2090,
        per_person: 1045,
        per_day: 418,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { nights: 0, travelers: 2, lodging_per_night: 100, food_per_person_per_day: 40 },
      error: "$.nights must be >= 1",
    },
    {
      arguments: {
        nights: 3,
        travelers: 2,
        lodging_per_night: 100,
        food_per_person_per_day: 40,
        contingency_percent: 80,
      },
      error: "$.contingency_percent must be <= 50",
    },
  ],
  run: ({
    nights,
    travelers,
    lodging_per_night,
    food_per_person_per_day,
    transport_total = 0,
    activities_per_person = 0,
    contingency_percent = 10,
    currency = "USD",
  }) => {
    const days = nights + 1;
    const breakdown = {
      lodging: roundTo(lodging_per_night * nights, 2),
      food: roundTo(food_per_person_per_day * travelers * days, 2),
      transport: roundTo(transport_total, 2),
      activities: roundTo(activities_per_person * travelers, 2),
    };
    const subtotal = breakdown.lodging + breakdown.food + breakdown.transport + breakdown.activities;
    const contingency = (subtotal * contingency_percent) / 100;
    const total = subtotal + contingency;
    return {
      currency,
      days,
      breakdown,
      subtotal: roundTo(subtotal, 2),
      contingency: roundTo(contingency, 2),
      total: roundTo(total, 2),
      per_person: roundTo(total / travelers, 2),
      per_day: roundTo(total / days, 2),
    };
  },
});
