import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { codonTable } from "./data/genetic-code.js";

interface Args {
  sequence: string;
  reading_frame?: number;
  stop_at_first_stop?: boolean;
}

/** Translates a DNA coding sequence with the standard genetic code. */
export const translateDnaToProtein = defineTool<Args>({
  name: "translate_dna_to_protein",
  description:
    "Translate a DNA coding sequence into a protein sequence using the standard genetic code (NCBI table 1). Returns the one-letter amino-acid sequence ('*' marks a stop codon), the number of codons read (a terminating stop codon included) and whether a stop codon was reached; trailing bases that do not fill a codon are ignored.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      sequence: {
        type: "string",
        pattern: "^[ACGTUacgtu]+$",
        maxLength: 30000,
        description: "DNA (or mRNA: U is read as T) sequence 5'->3', case-insensitive.",
      },
      reading_frame: {
        type: "integer",
        minimum: 1,
        maximum: 3,
        default: 1,
        description:
          "Forward reading frame: 1 starts at the first base, 2 at the second, 3 at the third. Default 1.",
      },
      stop_at_first_stop: {
        type: "boolean",
        default: false,
        description: "Stop translating at the first stop codon (not included in the result). Default false.",
      },
    },
    required: ["sequence"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      protein: { type: "string", pattern: "^[ACDEFGHIKLMNPQRSTVWY*]*$" },
      codons_read: { type: "integer", minimum: 0 },
      reached_stop: { type: "boolean" },
    },
    required: ["protein", "codons_read", "reached_stop"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { sequence: "ATGGCCATTGTAATGGGCCGCTGAAAGGGTGCCCGATAG" },
      result: { protein: "MAIVMGR*KGAR*", codons_read: 13, reached_stop: true },
    },
    {
      arguments: { sequence: "ATGGCCATTGTAATGGGCCGCTGAAAGGGTGCCCGATAG", stop_at_first_stop: true },
      result: { protein: "MAIVMGR", codons_read: 8, reached_stop: true },
    },
    {
      arguments: { sequence: "CAUGUUU", reading_frame: 2 },
      result: { protein: "MF", codons_read: 2, reached_stop: false },
    },
  ],
  invalidExamples: [
    { arguments: { sequence: "ATGC", reading_frame: 3 }, error: "too short for reading frame 3" },
    { arguments: { sequence: "ATG", reading_frame: 4 }, error: "$.reading_frame must be <= 3" },
  ],
  run: ({ sequence, reading_frame = 1, stop_at_first_stop = false }) => {
    const dna = sequence.toUpperCase().replaceAll("U", "T");
    if (dna.length - (reading_frame - 1) < 3) {
      throw new ToolArgumentError({
        message: `a sequence of ${dna.length} bases is too short for reading frame ${reading_frame}: at least one full codon (3 bases) is needed`,
        argument: "sequence",
      });
    }
    let protein = "";
    let codons = 0;
    let reachedStop = false;
    for (let index = reading_frame - 1; index + 3 <= dna.length; index += 3) {
      const aminoAcid = codonTable.get(dna.slice(index, index + 3)) ?? "X";
      codons += 1;
      if (aminoAcid === "*") {
        reachedStop = true;
        if (stop_at_first_stop) {
          break;
        }
      }
      protein += aminoAcid;
    }
    return { protein, codons_read: codons, reached_stop: reachedStop };
  },
});
