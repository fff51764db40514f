import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Trees needed to absorb a yearly amount of CO2. */
export const estimateTreeCarbonOffset = defineTool<{
  annual_co2_tonnes: number;
  kg_co2_per_tree_per_year?: number;
  survival_rate_percent?: number;
}>({
  name: "estimate_tree_carbon_offset",
  description:
    "Estimate how many trees must grow to absorb a yearly amount of CO2, from an average uptake per tree (about 21 kg CO2 per year is a commonly used figure for a mature temperate tree) and the share of planted trees that survive. Returns the trees to plant, the trees that absorb it once grown, and the CO2 one tree absorbs over 40 years.",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      annual_co2_tonnes: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1000000,
        description: "CO2 to absorb each year, in tonnes.",
      },
      kg_co2_per_tree_per_year: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 200,
        default: 21,
        description: "Average CO2 one grown tree absorbs per year, in kg.",
      },
      survival_rate_percent: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        default: 80,
        description: "Share of planted saplings expected to survive to maturity, in percent.",
      },
    },
    required: ["annual_co2_tonnes"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      mature_trees_needed: { type: "integer", minimum: 1 },
      trees_to_plant: { type: "integer", minimum: 1 },
      co2_per_tree_over_40_years_kg: { type: "number" },
    },
    required: ["mature_trees_needed", "trees_to_plant", "co2_per_tree_over_40_years_kg"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { annual_co2_tonnes: 4.6 },
      result: { mature_trees_needed: 220, trees_to_plant: 275, co2_per_tree_over_40_years_kg: 840 },
    },
    {
      arguments: { annual_co2_tonnes: 100, kg_co2_per_tree_per_year: 25, survival_rate_percent: 60 },
      result: { mature_trees_needed: 4000, trees_to_plant: 6667, co2_per_tree_over_40_years_kg: 1000 },
    },
  ],
  invalidExamples: [
    {
      arguments: { annual_co2_tonnes: 10, survival_rate_percent: 0 },
      error: "$.survival_rate_percent must be > 0",
    },
    { arguments: { annual_co2_tonnes: -1 }, error: "$.annual_co2_tonnes must be > 0" },
  ],
  run: ({ annual_co2_tonnes, kg_co2_per_tree_per_year = 21, survival_rate_percent = 80 }) => {
    const mature = Math.ceil((annual_co2_tonnes * 1000) / kg_co2_per_tree_per_year - 1e-9);
    return {
      mature_trees_needed: mature,
      trees_to_plant: Math.ceil(mature / (survival_rate_percent / 100) - 1e-9),
      co2_per_tree_over_40_years_kg: roundTo(kg_co2_per_tree_per_year * 40, 2),
    };
  },
});
