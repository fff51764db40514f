import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { parseFormula } from "./chemical-formula.js";
import { elementsBySymbol } from "./data/elements.js";

/** Molar mass and mass composition of a chemical formula. */
export const calculateMolarMass = defineTool<{ formula: string }>({
  name: "calculate_molar_mass",
  description:
    "Calculate the molar mass of a chemical formula (e.g. H2O, Ca(OH)2, CuSO4·5H2O) from IUPAC standard atomic weights. Returns the molar mass in g/mol (rounded to 3 decimals) and each element's count, mass contribution and mass percent (2 decimals).",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      formula: {
        type: "string",
        description:
          "Chemical formula with case-sensitive element symbols, optional counts, () or [] groups and '·' or '*' before water of hydration, e.g. 'C6H12O6' or 'CuSO4·5H2O'.",
        minLength: 1,
        maxLength: 100,
      },
    },
    required: ["formula"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      formula: { type: "string" },
      molar_mass_g_mol: { type: "number" },
      composition: {
        type: "array",
        items: {
          type: "object",
          properties: {
            element: { type: "string" },
            name: { type: "string" },
            count: { type: "integer" },
            mass_g_mol: { type: "number" },
            mass_percent: { type: "number" },
          },
          required: ["element", "name", "count", "mass_g_mol", "mass_percent"],
          additionalProperties: false,
        },
      },
    },
    required: ["formula", "molar_mass_g_mol", "composition"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { formula: "H2O" },
      result: {
        formula: "H2O",
        molar_mass_g_mol: 18.015,
        composition: [
          { element: "H", name: "Hydrogen", count: 2, mass_g_mol: 2.016, mass_percent: 11.19 },
          { element: "O", name: "Oxygen", count: 1, mass_g_mol: 15.999, mass_percent: 88.81 },
        ],
      },
    },
    {
      arguments: { formula: "Ca(OH)2" },
      result: {
        formula: "Ca(OH)2",
        molar_mass_g_mol: 74.092,
        composition: [
          { element: "Ca", name: "Calcium", count: 1, mass_g_mol: 40.078, mass_percent: 54.09 },
          { element: "O", name: "Oxygen", count: 2, mass_g_mol: 31.998, mass_percent: 43.19 },
          { element: "H", name: "Hydrogen", count: 2, mass_g_mol: 2.016, mass_percent: 2.72 },
        ],
      },
    },
    {
      arguments: { formula: "CuSO4·5H2O" },
      result: {
        formula: "CuSO4·5H2O",
        molar_mass_g_mol: 249.677,
        composition: [
          { element: "Cu", name: "Copper", count: 1, mass_g_mol: 63.546, mass_percent: 25.45 },
          { element: "S", name: "Sulfur", count: 1, mass_g_mol: 32.06, mass_percent: 12.84 },
          { element: "O", name: "Oxygen", count: 9, mass_g_mol: 143.991, mass_percent: 57.67 },
          { element: "H", name: "Hydrogen", count: 10, mass_g_mol: 10.08, mass_percent: 4.04 },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { formula: "Xy2O" }, error: "unknown element symbol 'Xy'" },
    { arguments: { formula: "Ca(OH2" }, error: "unclosed bracket" },
    { arguments: {}, error: "missing required argument 'formula'" },
  ],
  run: ({ formula }) => {
    const counts = parseFormula(formula);
    let total = 0;
    for (const [symbol, count] of counts) {
      total += (elementsBySymbol.get(symbol)?.atomicMass ?? 0) * count;
    }
    const composition = [...counts].map(([symbol, count]) => {
      const element = elementsBySymbol.get(symbol);
      const mass = (element?.atomicMass ?? 0) * count;
      return {
        element: symbol,
        name: element?.name ?? symbol,
        count,
        mass_g_mol: roundTo(mass, 3),
        mass_percent: roundTo((mass / total) * 100, 2),
      };
    });
    return { formula, molar_mass_g_mol: roundTo(total, 3), composition };
  },
});
