/** A documented interaction between two drugs (generic names). */
export interface DrugInteraction {
  drugs: [string, string];
  severity: "contraindicated" | "major" | "moderate";
  effect: string;
  management: string;
}

/** Drugs the interaction checker knows, by generic name. */
export const knownDrugs: readonly string[] = [
  "acetaminophen",
  "amiodarone",
  "aspirin",
  "atorvastatin",
  "calcium carbonate",
  "ciprofloxacin",
  "clarithromycin",
  "clopidogrel",
  "ibuprofen",
  "levothyroxine",
  "lisinopril",
  "metformin",
  "nitroglycerin",
  "omeprazole",
  "sertraline",
  "sildenafil",
  "simvastatin",
  "spironolactone",
  "tizanidine",
  "tramadol",
  "warfarin",
];

/** Well-established interactions among the known drugs (reference data, not medical advice). */
export const drugInteractions: readonly DrugInteraction[] = [
  {
    drugs: ["aspirin", "warfarin"],
    severity: "major",
    effect: "Additive anticoagulant and antiplatelet effects greatly raise the risk of bleeding.",
    management: "Avoid unless a clinician prescribes both; monitor INR and watch for bleeding.",
  },
  {
    drugs: ["ibuprofen", "warfarin"],
    severity: "major",
    effect: "NSAIDs increase bleeding risk, including gastrointestinal bleeding, in patients on warfarin.",
    management: "Prefer acetaminophen for pain; if an NSAID is needed, monitor closely.",
  },
  {
    drugs: ["amiodarone", "warfarin"],
    severity: "major",
    effect: "Amiodarone inhibits warfarin metabolism and raises the INR.",
    management: "Warfarin dose usually needs reduction; monitor INR closely for weeks.",
  },
  {
    drugs: ["clarithromycin", "simvastatin"],
    severity: "contraindicated",
    effect: "Strong CYP3A4 inhibition raises simvastatin levels, with a risk of myopathy and rhabdomyolysis.",
    management:
      "Do not combine; pause simvastatin during the antibiotic course or choose another antibiotic.",
  },
  {
    drugs: ["amiodarone", "simvastatin"],
    severity: "major",
    effect: "Raised simvastatin exposure increases the risk of myopathy.",
    management: "Do not exceed 20 mg simvastatin daily with amiodarone.",
  },
  {
    drugs: ["atorvastatin", "clarithromycin"],
    severity: "major",
    effect: "CYP3A4 inhibition raises atorvastatin levels and the risk of myopathy.",
    management: "Limit atorvastatin to 20 mg daily during treatment, or pause it.",
  },
  {
    drugs: ["nitroglycerin", "sildenafil"],
    severity: "contraindicated",
    effect:
      "Both dilate blood vessels; together they can cause a severe, life-threatening drop in blood pressure.",
    management: "Never combine; nitrates must not be given within 24 hours of sildenafil.",
  },
  {
    drugs: ["sertraline", "tramadol"],
    severity: "major",
    effect: "Increased risk of serotonin syndrome and of seizures.",
    management:
      "Avoid if possible; if used together, watch for agitation, tremor, fever and fast heart rate.",
  },
  {
    drugs: ["lisinopril", "spironolactone"],
    severity: "major",
    effect: "Both raise serum potassium; the combination can cause dangerous hyperkalaemia.",
    management: "Monitor potassium and kidney function regularly.",
  },
  {
    drugs: ["ibuprofen", "lisinopril"],
    severity: "moderate",
    effect: "NSAIDs blunt the blood-pressure-lowering effect and can impair kidney function.",
    management:
      "Use the lowest NSAID dose for the shortest time; monitor blood pressure and kidney function.",
  },
  {
    drugs: ["aspirin", "ibuprofen"],
    severity: "moderate",
    effect:
      "Ibuprofen can block the cardioprotective antiplatelet effect of low-dose aspirin and adds GI bleeding risk.",
    management:
      "Take immediate-release aspirin at least 30 minutes before ibuprofen, or avoid regular ibuprofen.",
  },
  {
    drugs: ["calcium carbonate", "levothyroxine"],
    severity: "moderate",
    effect: "Calcium binds levothyroxine in the gut and reduces its absorption.",
    management: "Separate the doses by at least 4 hours.",
  },
  {
    drugs: ["calcium carbonate", "ciprofloxacin"],
    severity: "moderate",
    effect: "Calcium chelates ciprofloxacin and lowers its absorption.",
    management: "Take ciprofloxacin 2 hours before or 6 hours after calcium.",
  },
  {
    drugs: ["ciprofloxacin", "tizanidine"],
    severity: "contraindicated",
    effect:
      "Ciprofloxacin inhibits CYP1A2 and raises tizanidine levels many-fold, causing severe low blood pressure and sedation.",
    management: "Do not combine.",
  },
  {
    drugs: ["clopidogrel", "omeprazole"],
    severity: "moderate",
    effect:
      "Omeprazole inhibits CYP2C19 and reduces activation of clopidogrel, weakening its antiplatelet effect.",
    management: "Prefer pantoprazole or another acid reducer.",
  },
  {
    drugs: ["aspirin", "clopidogrel"],
    severity: "moderate",
    effect: "Dual antiplatelet therapy increases the risk of bleeding.",
    management: "Often prescribed together on purpose; use only as directed and watch for bleeding.",
  },
];
