export {
  type CheckGroundingOptions,
  checkGrounding,
  type GroundingFinding,
  type GroundingReport,
} from "./check-grounding.js";
export type { GroundingBasis } from "./ground-value.js";
