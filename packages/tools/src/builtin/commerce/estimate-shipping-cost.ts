import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const services: Record<string, { base: number; perKg: number; days: [number, number] }> = {
  ground: { base: 7.5, perKg: 1.1, days: [3, 7] },
  express: { base: 18, perKg: 2.6, days: [2, 3] },
  overnight: { base: 35, perKg: 4.9, days: [1, 1] },
};

interface Args {
  weight_kg: number;
  dimensions_cm: { length: number; width: number; height: number };
  zone: number;
  service?: string;
}

/** A parcel shipping quote from a carrier rate card. */
export const estimateShippingCost = defineTool<Args>({
  name: "estimate_shipping_cost",
  description:
    "Quote the cost of shipping a parcel: billable weight is the larger of actual weight and dimensional weight (length x width x height in cm / 5000), rounded up to the next 0.5 kg; the price depends on service and distance zone. Returns the weights, the price in USD (cents) and the transit time in business days.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      weight_kg: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 70,
        description: "Actual parcel weight in kg (70 kg carrier limit).",
      },
      dimensions_cm: {
        type: "object",
        description: "Outer box dimensions in centimetres.",
        properties: {
          length: { type: "number", exclusiveMinimum: 0, maximum: 270, description: "Longest side in cm." },
          width: { type: "number", exclusiveMinimum: 0, maximum: 270, description: "Width in cm." },
          height: { type: "number", exclusiveMinimum: 0, maximum: 270, description: "Height in cm." },
        },
        required: ["length", "width", "height"],
        additionalProperties: false,
      },
      zone: {
        type: "integer",
        minimum: 1,
        maximum: 8,
        description: "Distance zone from origin: 1 (local) to 8 (farthest).",
      },
      service: {
        type: "string",
        enum: Object.keys(services),
        default: "ground",
        description: "Service level.",
      },
    },
    required: ["weight_kg", "dimensions_cm", "zone"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      actual_weight_kg: { type: "number" },
      dimensional_weight_kg: { type: "number" },
      billable_weight_kg: { type: "number" },
      service: { type: "string" },
      price_usd: { type: "number", minimum: 0 },
      transit_days: {
        type: "object",
        properties: { min: { type: "integer" }, max: { type: "integer" } },
        required: ["min", "max"],
        additionalProperties: false,
      },
    },
    required: [
      "actual_weight_kg",
      "dimensional_weight_kg",
      "billable_weight_kg",
      "service",
      "price_usd",
      "transit_days",
    ],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "A fixed illustrative carrier rate card (ground, express, overnight; zones 1-8; price = (base + per-kg rate x billable kg) x (1 + 0.12 x (zone - 1))), not any real carrier's tariff.",
  },
  examples: [
    {
      arguments: { weight_kg: 2, dimensions_cm: { length: 40, width: 30, height: 20 }, zone: 5 },
      result: {
        actual_weight_kg: 2,
        dimensional_weight_kg: 4.8,
        billable_weight_kg: 5,
        service: "ground",
        price_usd: 19.24,
        transit_days: { min: 3, max: 6 },
      },
    },
    {
      arguments: {
        weight_kg: 0.8,
        dimensions_cm: { length: 20, width: 15, height: 10 },
        zone: 1,
        service: "overnight",
      },
      result: {
        actual_weight_kg: 0.8,
        dimensional_weight_kg: 0.6,
        billable_weight_kg: 1,
        service: "overnight",
        price_usd: 39.9,
        transit_days: { min: 1, max: 1 },
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { weight_kg: 2, dimensions_cm: { length: 40, width: 30 }, zone: 5 },
      error: "missing required argument 'height'",
    },
    {
      arguments: { weight_kg: 2, dimensions_cm: { length: 40, width: 30, height: 20 }, zone: 9 },
      error: "$.zone must be <= 8",
    },
  ],
  run: ({ weight_kg, dimensions_cm, zone, service = "ground" }) => {
    const rate = services[service] ?? { base: 7.5, perKg: 1.1, days: [3, 7] };
    const dimensional = (dimensions_cm.length * dimensions_cm.width * dimensions_cm.height) / 5000;
    const billable = Math.ceil(Math.max(weight_kg, dimensional) * 2) / 2;
    const price = (rate.base + rate.perKg * billable) * (1 + 0.12 * (zone - 1));
    const extra = Math.floor((zone - 1) / 3);
    return {
      actual_weight_kg: weight_kg,
      dimensional_weight_kg: roundTo(dimensional, 2),
      billable_weight_kg: billable,
      service,
      price_usd: roundTo(price, 2),
      transit_days: {
        min: rate.days[0],
        max: service === "ground" ? rate.days[1] - 2 + extra : rate.days[1],
      },
    };
  },
});
