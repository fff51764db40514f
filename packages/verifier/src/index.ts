export type { Candidate, CandidateInput } from "./candidate.js";
export type { CorpusExpectation, CorpusRow } from "./corpus/corpus-row.js";
export { verificationCorpus } from "./corpus/verification-corpus.js";
export {
  type CheckExecutionOptions,
  checkExecution,
  type ExecutionCheck,
} from "./execution/check-execution.js";
export { checkFormat } from "./format/check-format.js";
export { type ParseProblem, parseCandidates } from "./format/parse-candidates.js";
export {
  type CheckGroundingOptions,
  checkGrounding,
  type GroundingBasis,
  type GroundingFinding,
  type GroundingReport,
} from "./grounding/index.js";
export { formatFunnelTable } from "./run/format-funnel-table.js";
export { type FunnelStage, type FunnelSummary, summarizeFunnel } from "./run/summarize-funnel.js";
export { type VerifyCandidatesOptions, verifyCandidates } from "./run/verify-candidates.js";
export {
  type VerifiedCandidate,
  type VerifyJudgeOptions,
  type VerifyRowInput,
  type VerifyRowSettings,
  verifyRow,
} from "./run/verify-row.js";
export {
  type JudgeCandidateOptions,
  type JudgeDecision,
  type JudgeFailure,
  type Judgement,
  type JudgeVote,
  judgeCandidate,
  judgementJsonSchema,
  judgementSchema,
  type RenderJudgePromptOptions,
  renderJudgePrompt,
  type SemanticCheck,
} from "./semantic/index.js";
