import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { residueMasses, waterMass } from "./data/genetic-code.js";

/** Average molecular weight and composition of a peptide or protein. */
export const calculateProteinMolecularWeight = defineTool<{ sequence: string }>({
  name: "calculate_protein_molecular_weight",
  description:
    "Calculate the average molecular weight of a protein or peptide from its one-letter amino-acid sequence (sum of average residue masses plus one water). Returns the weight in daltons and kilodaltons (2 and 3 decimals), the length and the count of each amino acid present.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      sequence: {
        type: "string",
        pattern: "^[A-Za-z]+$",
        maxLength: 40000,
        description:
          "Amino-acid sequence in one-letter codes of the 20 standard amino acids, e.g. 'MKTAYIAKQR'.",
      },
    },
    required: ["sequence"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      length: { type: "integer", minimum: 1 },
      molecular_weight_da: { type: "number", exclusiveMinimum: 0 },
      molecular_weight_kda: { type: "number", exclusiveMinimum: 0 },
      composition: {
        type: "object",
        description: "Amino-acid one-letter code to count, only for those present.",
        additionalProperties: { type: "integer", minimum: 1 },
      },
    },
    required: ["length", "molecular_weight_da", "molecular_weight_kda", "composition"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { sequence: "GG" },
      result: { length: 2, molecular_weight_da: 132.12, molecular_weight_kda: 0.132, composition: { G: 2 } },
    },
    {
      arguments: { sequence: "MKTAYIAK" },
      result: {
        length: 8,
        molecular_weight_da: 925.15,
        molecular_weight_kda: 0.925,
        composition: { A: 2, I: 1, K: 2, M: 1, T: 1, Y: 1 },
      },
    },
  ],
  invalidExamples: [
    { arguments: { sequence: "MKBXZ" }, error: "'B' is not one of the 20 standard amino acids" },
    { arguments: { sequence: "MK-TA" }, error: "$.sequence must match pattern" },
  ],
  run: ({ sequence }) => {
    const upper = sequence.toUpperCase();
    const composition: Record<string, number> = {};
    let weight = waterMass;
    for (const code of upper) {
      const mass = residueMasses[code];
      if (mass === undefined) {
        throw new ToolArgumentError({
          message: `'${code}' is not one of the 20 standard amino acids (ACDEFGHIKLMNPQRSTVWY); ambiguity codes like B, Z and X have no defined mass`,
          argument: "sequence",
        });
      }
      weight += mass;
      composition[code] = (composition[code] ?? 0) + 1;
    }
    const sorted = Object.fromEntries(Object.entries(composition).sort(([a], [b]) => a.localeCompare(b)));
    return {
      length: upper.length,
      molecular_weight_da: roundTo(weight, 2),
      molecular_weight_kda: roundTo(weight / 1000, 3),
      composition: sorted,
    };
  },
});
