import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findDuplicate } from "../shared/find-duplicate.js";
import { drugInteractions, knownDrugs } from "./data/drug-interactions.js";

const severities = ["contraindicated", "major", "moderate"];

function normalise(name: string, argument: string): string {
  const drug = name.trim().toLowerCase();
  if (!knownDrugs.includes(drug)) {
    throw new ToolArgumentError({
      message: `unknown drug '${name}': use a generic name, e.g. ${knownDrugs.slice(0, 6).join(", ")} (${knownDrugs.length} known)`,
      argument,
    });
  }
  return drug;
}

/** Checks every pair in a medication list against a small interaction reference. */
export const checkDrugInteraction = defineTool<{ medications: string[] }>({
  name: "check_drug_interaction",
  description:
    "Check a list of medications (generic names) for known pairwise drug-drug interactions. Returns each interacting pair with its severity (contraindicated, major, moderate), the effect and how it is usually managed, most severe first. Reference data only, not medical advice.",
  category: "Health",
  simulated: {
    covers:
      "21 common generic drugs (e.g. warfarin, aspirin, ibuprofen, simvastatin, sildenafil, sertraline, lisinopril) and 16 well-documented interactions among them; pairs outside the list are reported as not found, not as safe",
  },
  parameters: {
    type: "object",
    properties: {
      medications: {
        type: "array",
        minItems: 2,
        maxItems: 10,
        uniqueItems: true,
        items: { type: "string", minLength: 2, maxLength: 40 },
        description: "Generic drug names to check against each other, e.g. ['warfarin', 'aspirin'].",
      },
    },
    required: ["medications"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      pairs_checked: { type: "integer", minimum: 1 },
      interactions: {
        type: "array",
        items: {
          type: "object",
          properties: {
            drugs: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 2 },
            severity: { type: "string", enum: severities },
            effect: { type: "string" },
            management: { type: "string" },
          },
          required: ["drugs", "severity", "effect", "management"],
          additionalProperties: false,
        },
      },
    },
    required: ["pairs_checked", "interactions"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { medications: ["Warfarin", "aspirin", "omeprazole"] },
      result: {
        pairs_checked: 3,
        interactions: [
          {
            drugs: ["aspirin", "warfarin"],
            severity: "major",
            effect: "Additive anticoagulant and antiplatelet effects greatly raise the risk of bleeding.",
            management: "Avoid unless a clinician prescribes both; monitor INR and watch for bleeding.",
          },
        ],
      },
    },
    {
      arguments: { medications: ["metformin", "acetaminophen"] },
      result: { pairs_checked: 1, interactions: [] },
    },
  ],
  invalidExamples: [
    { arguments: { medications: ["warfarin", "tylenolx"] }, error: "unknown drug 'tylenolx'" },
    { arguments: { medications: ["warfarin", "WARFARIN"] }, error: "'warfarin' is listed twice" },
    { arguments: { medications: ["warfarin"] }, error: "$.medications must NOT have fewer than 2 items" },
  ],
  run: ({ medications }) => {
    const drugs = medications.map((name, index) => normalise(name, `medications[${index}]`));
    const duplicate = findDuplicate(drugs);
    if (duplicate !== undefined) {
      throw new ToolArgumentError({
        message: `'${duplicate}' is listed twice; list each medication once`,
        argument: "medications",
      });
    }
    const interactions = drugInteractions
      .filter(({ drugs: [a, b] }) => drugs.includes(a) && drugs.includes(b))
      .sort((x, y) => severities.indexOf(x.severity) - severities.indexOf(y.severity))
      .map(({ drugs: pair, severity, effect, management }) => ({
        drugs: [...pair],
        severity,
        effect,
        management,
      }));
    return { pairs_checked: (drugs.length * (drugs.length - 1)) / 2, interactions };
  },
});
