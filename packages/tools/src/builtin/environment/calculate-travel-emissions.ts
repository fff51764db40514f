import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Approximate kg CO2e per km: per vehicle for cars and motorbikes, per passenger otherwise. */
const modes: Record<string, { factor: number; perVehicle: boolean }> = {
  car_petrol: { factor: 0.164, perVehicle: true },
  car_diesel: { factor: 0.168, perVehicle: true },
  car_hybrid: { factor: 0.12, perVehicle: true },
  car_electric: { factor: 0.047, perVehicle: true },
  motorbike: { factor: 0.113, perVehicle: true },
  bus: { factor: 0.102, perVehicle: false },
  coach: { factor: 0.027, perVehicle: false },
  rail: { factor: 0.035, perVehicle: false },
  flight_domestic: { factor: 0.246, perVehicle: false },
  flight_short_haul: { factor: 0.151, perVehicle: false },
  flight_long_haul: { factor: 0.148, perVehicle: false },
};

/** Greenhouse gas emissions of a trip. */
export const calculateTravelEmissions = defineTool<{
  distance_km: number;
  mode: string;
  passengers?: number;
  round_trip?: boolean;
}>({
  name: "calculate_travel_emissions",
  description:
    "Estimate the greenhouse gas emissions of a trip from its distance and transport mode, using approximate per-km factors in line with the UK government's 2022 greenhouse gas conversion factors (flights in economy, including the radiative-forcing uplift). Returns total and per-passenger kg CO2e, rounded to 2 decimals.",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      distance_km: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 40000,
        description: "One-way distance in km.",
      },
      mode: { type: "string", enum: Object.keys(modes), description: "Transport mode." },
      passengers: {
        type: "integer",
        minimum: 1,
        maximum: 9,
        default: 1,
        description:
          "Travellers together; a car's or motorbike's emissions are shared between them, other modes are per person.",
      },
      round_trip: {
        type: "boolean",
        default: false,
        description: "Whether to count the return journey too.",
      },
    },
    required: ["distance_km", "mode"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      mode: { type: "string" },
      distance_km: { type: "number" },
      factor_kg_per_km: { type: "number" },
      total_kg_co2e: { type: "number", minimum: 0 },
      per_passenger_kg_co2e: { type: "number", minimum: 0 },
    },
    required: ["mode", "distance_km", "factor_kg_per_km", "total_kg_co2e", "per_passenger_kg_co2e"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { distance_km: 350, mode: "car_petrol", passengers: 2 },
      result: {
        mode: "car_petrol",
        distance_km: 350,
        factor_kg_per_km: 0.164,
        total_kg_co2e: 57.4,
        per_passenger_kg_co2e: 28.7,
      },
    },
    {
      arguments: { distance_km: 5570, mode: "flight_long_haul", round_trip: true },
      result: {
        mode: "flight_long_haul",
        distance_km: 11140,
        factor_kg_per_km: 0.148,
        total_kg_co2e: 1648.72,
        per_passenger_kg_co2e: 1648.72,
      },
    },
    {
      arguments: { distance_km: 640, mode: "rail", passengers: 3 },
      result: {
        mode: "rail",
        distance_km: 640,
        factor_kg_per_km: 0.035,
        total_kg_co2e: 67.2,
        per_passenger_kg_co2e: 22.4,
      },
    },
  ],
  invalidExamples: [
    { arguments: { distance_km: 100, mode: "teleport" }, error: "$.mode must be one of" },
    { arguments: { distance_km: 0, mode: "bus" }, error: "$.distance_km must be > 0" },
  ],
  run: ({ distance_km, mode, passengers = 1, round_trip = false }) => {
    const entry = modes[mode] ?? { factor: 0, perVehicle: false };
    const distance = round_trip ? distance_km * 2 : distance_km;
    const base = distance * entry.factor;
    const total = entry.perVehicle ? base : base * passengers;
    return {
      mode,
      distance_km: distance,
      factor_kg_per_km: entry.factor,
      total_kg_co2e: roundTo(total, 2),
      per_passenger_kg_co2e: roundTo(total / passengers, 2),
    };
  },
});
