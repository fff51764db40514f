import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type Element, elements } from "./data/elements.js";

const periodEnds = [2, 10, 18, 36, 54, 86, 118];

/** Period, group (null for lanthanides/actinides) and block from the atomic number. */
function position(number: number): { period: number; group: number | null; block: string } {
  const period = periodEnds.findIndex((end) => number <= end) + 1;
  const start = (periodEnds[period - 2] ?? 0) + 1;
  const index = number - start + 1;
  if (period === 1) {
    return { period, group: number === 1 ? 1 : 18, block: "s" };
  }
  let group: number | null;
  if (index <= 2) {
    group = index;
  } else if (period <= 3) {
    group = index + 10;
  } else if (period <= 5) {
    group = index;
  } else if (index <= 17) {
    group = null;
  } else {
    group = index - 14;
  }
  const block = group === null ? "f" : group <= 2 ? "s" : group <= 12 ? "d" : "p";
  return { period, group, block };
}

function find(query: string): Element | undefined {
  const text = query.trim();
  if (/^\d+$/.test(text)) {
    return elements[Number(text) - 1];
  }
  const lower = text.toLowerCase();
  const name = lower === "aluminum" ? "aluminium" : lower === "cesium" ? "caesium" : lower;
  return elements.find((e) => e.symbol.toLowerCase() === lower || e.name.toLowerCase() === name);
}

/** Periodic-table facts about one element. */
export const getElementInfo = defineTool<{ element: string }>({
  name: "get_element_info",
  description:
    "Look up a chemical element by symbol, English name or atomic number. Returns its atomic number, symbol, name, standard atomic weight (g/mol), period, group and block in the periodic table.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      element: {
        type: "string",
        description:
          "Element symbol ('Fe'), English name ('iron', case-insensitive) or atomic number ('26').",
        minLength: 1,
        maxLength: 20,
      },
    },
    required: ["element"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      atomic_number: { type: "integer", minimum: 1, maximum: 118 },
      symbol: { type: "string" },
      name: { type: "string" },
      atomic_mass: {
        type: "number",
        description: "Standard atomic weight, or the longest-lived isotope's mass number.",
      },
      has_standard_atomic_weight: {
        type: "boolean",
        description:
          "False when atomic_mass is the mass number of the longest-lived isotope (no stable isotope).",
      },
      period: { type: "integer", minimum: 1, maximum: 7 },
      group: { type: ["integer", "null"], minimum: 1, maximum: 18 },
      block: { type: "string", enum: ["s", "p", "d", "f"] },
    },
    required: [
      "atomic_number",
      "symbol",
      "name",
      "atomic_mass",
      "has_standard_atomic_weight",
      "period",
      "group",
      "block",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { element: "Fe" },
      result: {
        atomic_number: 26,
        symbol: "Fe",
        name: "Iron",
        atomic_mass: 55.845,
        has_standard_atomic_weight: true,
        period: 4,
        group: 8,
        block: "d",
      },
    },
    {
      arguments: { element: "gold" },
      result: {
        atomic_number: 79,
        symbol: "Au",
        name: "Gold",
        atomic_mass: 196.97,
        has_standard_atomic_weight: true,
        period: 6,
        group: 11,
        block: "d",
      },
    },
    {
      arguments: { element: "92" },
      result: {
        atomic_number: 92,
        symbol: "U",
        name: "Uranium",
        atomic_mass: 238.03,
        has_standard_atomic_weight: true,
        period: 7,
        group: null,
        block: "f",
      },
    },
  ],
  invalidExamples: [
    { arguments: { element: "Kryptonite" }, error: "unknown element 'Kryptonite'" },
    { arguments: { element: "0" }, error: "unknown element '0'" },
    { arguments: { element: "" }, error: "$.element must NOT have fewer than 1 characters" },
  ],
  run: ({ element }) => {
    const found = find(element);
    if (found === undefined) {
      throw new ToolArgumentError({
        message: `unknown element '${element}': give a symbol (e.g. 'Na'), an English name (e.g. 'sodium') or an atomic number from 1 to 118`,
        argument: "element",
      });
    }
    return {
      atomic_number: found.number,
      symbol: found.symbol,
      name: found.name,
      atomic_mass: found.atomicMass,
      has_standard_atomic_weight: !found.massNumberOnly,
      ...position(found.number),
    };
  },
});
