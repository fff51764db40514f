import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Base composition, GC content and melting temperature of a DNA oligo. */
export const analyzeDnaSequence = defineTool<{ sequence: string }>({
  name: "analyze_dna_sequence",
  description:
    "Analyse a DNA sequence: counts of each base, GC content in percent (2 decimals) and an estimated melting temperature in °C (1 decimal; Wallace rule 2*(A+T) + 4*(G+C) below 14 nt, otherwise 64.9 + 41*(G+C-16.4)/N).",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      sequence: {
        type: "string",
        pattern: "^[ACGTacgt]+$",
        maxLength: 100000,
        description: "DNA sequence using only A, C, G and T (case-insensitive), e.g. a PCR primer.",
      },
    },
    required: ["sequence"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      length: { type: "integer", minimum: 1 },
      base_counts: {
        type: "object",
        properties: {
          A: { type: "integer", minimum: 0 },
          C: { type: "integer", minimum: 0 },
          G: { type: "integer", minimum: 0 },
          T: { type: "integer", minimum: 0 },
        },
        required: ["A", "C", "G", "T"],
        additionalProperties: false,
      },
      gc_content_percent: { type: "number", minimum: 0, maximum: 100 },
      melting_temperature_c: { type: "number" },
      tm_method: { type: "string", enum: ["wallace", "basic_gc"] },
    },
    required: ["length", "base_counts", "gc_content_percent", "melting_temperature_c", "tm_method"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { sequence: "AGCTTAGC" },
      result: {
        length: 8,
        base_counts: { A: 2, C: 2, G: 2, T: 2 },
        gc_content_percent: 50,
        melting_temperature_c: 24,
        tm_method: "wallace",
      },
    },
    {
      arguments: { sequence: "GCGTACGTAGCTAGCTAGCA" },
      result: {
        length: 20,
        base_counts: { A: 5, C: 5, G: 6, T: 4 },
        gc_content_percent: 55,
        melting_temperature_c: 53.8,
        tm_method: "basic_gc",
      },
    },
  ],
  invalidExamples: [
    { arguments: { sequence: "ATGNNC" }, error: "$.sequence must match pattern" },
    { arguments: { seq: "ATG" }, error: "missing required argument 'sequence'" },
  ],
  run: ({ sequence }) => {
    const counts = { A: 0, C: 0, G: 0, T: 0 };
    for (const base of sequence.toUpperCase()) {
      counts[base as keyof typeof counts] += 1;
    }
    const length = sequence.length;
    const gc = counts.G + counts.C;
    const short = length < 14;
    const tm = short ? 2 * (counts.A + counts.T) + 4 * gc : 64.9 + (41 * (gc - 16.4)) / length;
    return {
      length,
      base_counts: counts,
      gc_content_percent: roundTo((gc / length) * 100, 2),
      melting_temperature_c: roundTo(tm, 1),
      tm_method: short ? "wallace" : "basic_gc",
    };
  },
});
