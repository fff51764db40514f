import { defineTool } from "../define-tool.js";

const complement: Record<string, string> = { A: "T", T: "A", G: "C", C: "G", N: "N" };

/** The reverse complement of a DNA strand. */
export const getDnaReverseComplement = defineTool<{ sequence: string }>({
  name: "get_dna_reverse_complement",
  description:
    "Compute the reverse complement of a DNA sequence (the sequence of the opposite strand read 5' to 3'). Returns the complement, the reverse complement (both upper case) and the length.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      sequence: {
        type: "string",
        pattern: "^[ACGTNacgtn]+$",
        maxLength: 100000,
        description: "DNA sequence 5'->3' using A, C, G, T and N (any base); case-insensitive.",
      },
    },
    required: ["sequence"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      complement: { type: "string" },
      reverse_complement: { type: "string" },
      length: { type: "integer", minimum: 1 },
    },
    required: ["complement", "reverse_complement", "length"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { sequence: "ATGCGTAC" },
      result: { complement: "TACGCATG", reverse_complement: "GTACGCAT", length: 8 },
    },
    {
      arguments: { sequence: "gattaca" },
      result: { complement: "CTAATGT", reverse_complement: "TGTAATC", length: 7 },
    },
  ],
  invalidExamples: [
    { arguments: { sequence: "AUGC" }, error: '$.sequence must match pattern "^[ACGTNacgtn]+$"' },
    { arguments: { sequence: "" }, error: "$.sequence must match pattern" },
  ],
  run: ({ sequence }) => {
    const complementary = [...sequence.toUpperCase()].map((base) => complement[base] ?? "N").join("");
    return {
      complement: complementary,
      reverse_complement: [...complementary].reverse().join(""),
      length: sequence.length,
    };
  },
});
