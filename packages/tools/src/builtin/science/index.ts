import type { BuiltinTool } from "../define-tool.js";
import { analyzeDnaSequence } from "./analyze-dna-sequence.js";
import { calculateDensity } from "./calculate-density.js";
import { calculateDisplacement } from "./calculate-displacement.js";
import { calculateElectrostaticPotentialEnergy } from "./calculate-electrostatic-potential-energy.js";
import { calculateFinalVelocity } from "./calculate-final-velocity.js";
import { calculateKineticEnergy } from "./calculate-kinetic-energy.js";
import { calculateMolarMass } from "./calculate-molar-mass.js";
import { calculateOrbitalPeriod } from "./calculate-orbital-period.js";
import { calculatePhotonEnergy } from "./calculate-photon-energy.js";
import { calculateProjectileMotion } from "./calculate-projectile-motion.js";
import { calculateProteinMolecularWeight } from "./calculate-protein-molecular-weight.js";
import { calculateRadioactiveDecay } from "./calculate-radioactive-decay.js";
import { calculateSolutionDilution } from "./calculate-solution-dilution.js";
import { convertAstronomicalDistance } from "./convert-astronomical-distance.js";
import { convertTemperature } from "./convert-temperature.js";
import { getDnaReverseComplement } from "./get-dna-reverse-complement.js";
import { getElementInfo } from "./get-element-info.js";
import { getMoonPhase } from "./get-moon-phase.js";
import { getPlanetFacts } from "./get-planet-facts.js";
import { solveIdealGasLaw } from "./solve-ideal-gas-law.js";
import { testHardyWeinbergEquilibrium } from "./test-hardy-weinberg-equilibrium.js";
import { translateDnaToProtein } from "./translate-dna-to-protein.js";

/** Built-in tools of the Science category. */
export const scienceTools: readonly BuiltinTool[] = [
  calculateMolarMass,
  getElementInfo,
  solveIdealGasLaw,
  calculateSolutionDilution,
  calculateKineticEnergy,
  calculateProjectileMotion,
  calculatePhotonEnergy,
  convertTemperature,
  getPlanetFacts,
  calculateOrbitalPeriod,
  convertAstronomicalDistance,
  getMoonPhase,
  calculateRadioactiveDecay,
  analyzeDnaSequence,
  getDnaReverseComplement,
  translateDnaToProtein,
  calculateProteinMolecularWeight,
  testHardyWeinbergEquilibrium,
  // BFCL's executable functions, under their BFCL names and parameters
  calculateDensity,
  calculateElectrostaticPotentialEnergy,
  calculateDisplacement,
  calculateFinalVelocity,
];
