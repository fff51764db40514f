import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { planets } from "./data/planets.js";

const names = planets.map((planet) => planet.name.toLowerCase());

/** Reference facts about a planet of the Solar System, with optional comparison to Earth. */
export const getPlanetFacts = defineTool<{ planet: string; compare_to_earth?: boolean }>({
  name: "get_planet_facts",
  description:
    "Get physical and orbital facts about one of the eight planets of the Solar System (NASA fact sheet values): type, mean radius, mass, surface gravity, mean distance from the Sun, orbital and rotation period. Optionally adds ratios to Earth (3 decimals).",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      planet: { type: "string", enum: names, description: "Planet name in lower case." },
      compare_to_earth: {
        type: "boolean",
        default: false,
        description: "Add radius, mass and gravity ratios to Earth. Default false.",
      },
    },
    required: ["planet"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      name: { type: "string" },
      type: { type: "string", enum: ["terrestrial", "gas giant", "ice giant"] },
      mean_radius_km: { type: "number" },
      mass_kg: { type: "number" },
      surface_gravity_m_s2: { type: "number" },
      mean_distance_from_sun_au: { type: "number" },
      orbital_period_days: { type: "number" },
      rotation_period_hours: { type: "number", description: "Sidereal; negative means retrograde rotation." },
      relative_to_earth: {
        type: "object",
        properties: { radius: { type: "number" }, mass: { type: "number" }, gravity: { type: "number" } },
        required: ["radius", "mass", "gravity"],
        additionalProperties: false,
      },
    },
    required: [
      "name",
      "type",
      "mean_radius_km",
      "mass_kg",
      "surface_gravity_m_s2",
      "mean_distance_from_sun_au",
      "orbital_period_days",
      "rotation_period_hours",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { planet: "mars", compare_to_earth: true },
      result: {
        name: "Mars",
        type: "terrestrial",
        mean_radius_km: 3389.5,
        mass_kg: 6.4171e23,
        surface_gravity_m_s2: 3.721,
        mean_distance_from_sun_au: 1.524,
        orbital_period_days: 686.98,
        rotation_period_hours: 24.623,
        relative_to_earth: { radius: 0.532, mass: 0.107, gravity: 0.379 },
      },
    },
    {
      arguments: { planet: "venus" },
      result: {
        name: "Venus",
        type: "terrestrial",
        mean_radius_km: 6051.8,
        mass_kg: 4.8675e24,
        surface_gravity_m_s2: 8.87,
        mean_distance_from_sun_au: 0.723,
        orbital_period_days: 224.701,
        rotation_period_hours: -5832.5,
      },
    },
  ],
  invalidExamples: [
    { arguments: { planet: "pluto" }, error: "$.planet must be one of" },
    { arguments: { planet: "Mars" }, error: "$.planet must be one of" },
  ],
  run: ({ planet, compare_to_earth = false }) => {
    const found = planets[names.indexOf(planet)] ?? planets[0];
    const earth = planets[2];
    if (found === undefined || earth === undefined) {
      throw new Error("planet data is missing");
    }
    const facts = {
      name: found.name,
      type: found.type,
      mean_radius_km: found.meanRadiusKm,
      mass_kg: found.massKg,
      surface_gravity_m_s2: found.surfaceGravityMS2,
      mean_distance_from_sun_au: found.semiMajorAxisAu,
      orbital_period_days: found.orbitalPeriodDays,
      rotation_period_hours: found.rotationPeriodHours,
    };
    if (!compare_to_earth) {
      return facts;
    }
    return {
      ...facts,
      relative_to_earth: {
        radius: roundTo(found.meanRadiusKm / earth.meanRadiusKm, 3),
        mass: roundTo(found.massKg / earth.massKg, 3),
        gravity: roundTo(found.surfaceGravityMS2 / earth.surfaceGravityMS2, 3),
      },
    };
  },
});
