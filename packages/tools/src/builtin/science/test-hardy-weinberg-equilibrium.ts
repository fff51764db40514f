import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  genotype_counts: { homozygous_dominant: number; heterozygous: number; homozygous_recessive: number };
}

/** Chi-square test of Hardy-Weinberg equilibrium for one biallelic locus. */
export const testHardyWeinbergEquilibrium = defineTool<Args>({
  name: "test_hardy_weinberg_equilibrium",
  description:
    "Test whether observed genotype counts at a biallelic locus fit Hardy-Weinberg equilibrium. Returns the allele frequencies p and q (4 decimals), the expected genotype counts (2 decimals), the chi-square statistic (1 degree of freedom, 4 decimals) and whether equilibrium is rejected at the 5% level (chi-square > 3.841).",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      genotype_counts: {
        type: "object",
        description: "Observed number of individuals with each genotype (AA, Aa, aa).",
        properties: {
          homozygous_dominant: { type: "integer", minimum: 0, description: "Count of AA individuals." },
          heterozygous: { type: "integer", minimum: 0, description: "Count of Aa individuals." },
          homozygous_recessive: { type: "integer", minimum: 0, description: "Count of aa individuals." },
        },
        required: ["homozygous_dominant", "heterozygous", "homozygous_recessive"],
        additionalProperties: false,
      },
    },
    required: ["genotype_counts"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      p: { type: "number", minimum: 0, maximum: 1 },
      q: { type: "number", minimum: 0, maximum: 1 },
      expected_counts: {
        type: "object",
        properties: {
          homozygous_dominant: { type: "number" },
          heterozygous: { type: "number" },
          homozygous_recessive: { type: "number" },
        },
        required: ["homozygous_dominant", "heterozygous", "homozygous_recessive"],
        additionalProperties: false,
      },
      chi_square: { type: "number", minimum: 0 },
      in_equilibrium: { type: "boolean" },
    },
    required: ["p", "q", "expected_counts", "chi_square", "in_equilibrium"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        genotype_counts: { homozygous_dominant: 360, heterozygous: 480, homozygous_recessive: 160 },
      },
      result: {
        p: 0.6,
        q: 0.4,
        expected_counts: { homozygous_dominant: 360, heterozygous: 480, homozygous_recessive: 160 },
        chi_square: 0,
        in_equilibrium: true,
      },
    },
    {
      arguments: { genotype_counts: { homozygous_dominant: 50, heterozygous: 20, homozygous_recessive: 30 } },
      result: {
        p: 0.6,
        q: 0.4,
        expected_counts: { homozygous_dominant: 36, heterozygous: 48, homozygous_recessive: 16 },
        chi_square: 34.0278,
        in_equilibrium: false,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { genotype_counts: { homozygous_dominant: 0, heterozygous: 0, homozygous_recessive: 0 } },
      error: "at least one individual",
    },
    {
      arguments: { genotype_counts: { homozygous_dominant: 10, heterozygous: 5 } },
      error: "missing required argument 'homozygous_recessive'",
    },
    {
      arguments: {
        genotype_counts: { homozygous_dominant: 10, heterozygous: 5, homozygous_recessive: 0 },
        locus: "X",
      },
      error: "unknown argument 'locus'",
    },
  ],
  run: ({ genotype_counts: { homozygous_dominant: aa, heterozygous: ab, homozygous_recessive: bb } }) => {
    const n = aa + ab + bb;
    if (n === 0) {
      throw new ToolArgumentError({
        message: "genotype_counts must include at least one individual",
        argument: "genotype_counts",
      });
    }
    const p = (2 * aa + ab) / (2 * n);
    const q = 1 - p;
    const expected = [p * p * n, 2 * p * q * n, q * q * n];
    const observed = [aa, ab, bb];
    let chi = 0;
    expected.forEach((value, index) => {
      if (value > 0) {
        chi += ((observed[index] ?? 0) - value) ** 2 / value;
      }
    });
    return {
      p: roundTo(p, 4),
      q: roundTo(q, 4),
      expected_counts: {
        homozygous_dominant: roundTo(expected[0] ?? 0, 2),
        heterozygous: roundTo(expected[1] ?? 0, 2),
        homozygous_recessive: roundTo(expected[2] ?? 0, 2),
      },
      chi_square: roundTo(chi, 4),
      in_equilibrium: chi <= 3.841,
    };
  },
});
