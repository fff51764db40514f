import { defineTool } from "../define-tool.js";

type ResinCode = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const resins: Record<
  ResinCode,
  { abbreviation: string; name: string; common_uses: string[]; recyclability: string; note: string }
> = {
  1: {
    abbreviation: "PET",
    name: "Polyethylene terephthalate",
    common_uses: ["water and soda bottles", "food jars", "polyester fibre"],
    recyclability: "widely_accepted",
    note: "Empty and rinse; caps are usually a different plastic.",
  },
  2: {
    abbreviation: "HDPE",
    name: "High-density polyethylene",
    common_uses: ["milk jugs", "detergent bottles", "shampoo bottles"],
    recyclability: "widely_accepted",
    note: "Rigid bottles and jugs are accepted almost everywhere.",
  },
  3: {
    abbreviation: "PVC",
    name: "Polyvinyl chloride",
    common_uses: ["pipes", "window frames", "blister packs", "cling film"],
    recyclability: "rarely_accepted",
    note: "Keep out of curbside bins; contains chlorine and additives.",
  },
  4: {
    abbreviation: "LDPE",
    name: "Low-density polyethylene",
    common_uses: ["plastic bags", "squeeze bottles", "films and wraps"],
    recyclability: "drop_off_only",
    note: "Bags and films jam sorting machines; return them to store drop-off points.",
  },
  5: {
    abbreviation: "PP",
    name: "Polypropylene",
    common_uses: ["yogurt tubs", "bottle caps", "takeaway containers"],
    recyclability: "often_accepted",
    note: "Accepted by a growing number of curbside programmes; check locally.",
  },
  6: {
    abbreviation: "PS",
    name: "Polystyrene",
    common_uses: ["foam cups and trays", "disposable cutlery", "packing peanuts"],
    recyclability: "rarely_accepted",
    note: "Expanded foam is bulky and seldom recycled curbside.",
  },
  7: {
    abbreviation: "OTHER",
    name: "Other plastics (polycarbonate, PLA, acrylic, multilayer)",
    common_uses: ["water-cooler bottles", "compostable cups (PLA)", "multilayer pouches"],
    recyclability: "rarely_accepted",
    note: "A catch-all code; compostable PLA belongs in industrial composting, not recycling.",
  },
};

/** What a resin identification code means. */
export const getPlasticResinInfo = defineTool<{ resin_code: ResinCode }>({
  name: "get_plastic_resin_info",
  description:
    "Explain a plastic resin identification code (the number 1-7 in the recycling triangle): the polymer's abbreviation and name, common uses, how commonly it is accepted for recycling, and a disposal note. Acceptance varies by municipality; the answer gives the usual situation in North America and Europe.",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      resin_code: {
        type: "integer",
        minimum: 1,
        maximum: 7,
        description: "The number inside the recycling triangle.",
      },
    },
    required: ["resin_code"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      resin_code: { type: "integer" },
      abbreviation: { type: "string" },
      name: { type: "string" },
      common_uses: { type: "array", items: { type: "string" } },
      recyclability: {
        type: "string",
        enum: ["widely_accepted", "often_accepted", "drop_off_only", "rarely_accepted"],
      },
      note: { type: "string" },
    },
    required: ["resin_code", "abbreviation", "name", "common_uses", "recyclability", "note"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { resin_code: 1 },
      result: {
        resin_code: 1,
        abbreviation: "PET",
        name: "Polyethylene terephthalate",
        common_uses: ["water and soda bottles", "food jars", "polyester fibre"],
        recyclability: "widely_accepted",
        note: "Empty and rinse; caps are usually a different plastic.",
      },
    },
    {
      arguments: { resin_code: 6 },
      result: {
        resin_code: 6,
        abbreviation: "PS",
        name: "Polystyrene",
        common_uses: ["foam cups and trays", "disposable cutlery", "packing peanuts"],
        recyclability: "rarely_accepted",
        note: "Expanded foam is bulky and seldom recycled curbside.",
      },
    },
  ],
  invalidExamples: [
    { arguments: { resin_code: 8 }, error: "$.resin_code must be <= 7" },
    { arguments: { resin_code: "PET" }, error: "$.resin_code must be integer" },
  ],
  run: ({ resin_code }) => {
    const entry = resins[resin_code];
    return { resin_code, ...entry, common_uses: [...entry.common_uses] };
  },
});
