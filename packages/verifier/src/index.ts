export type { Candidate, CandidateInput } from "./candidate.js";
export {
  type CheckExecutionOptions,
  checkExecution,
  type ExecutionCheck,
} from "./execution/check-execution.js";
export { checkFormat } from "./format/check-format.js";
export { type ParseProblem, parseCandidates } from "./format/parse-candidates.js";
