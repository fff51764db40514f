export type { JudgeDecision, JudgeFailure } from "./ask-judge.js";
export type { JudgeVote } from "./combine-votes.js";
export { type JudgeCandidateOptions, judgeCandidate, type SemanticCheck } from "./judge-candidate.js";
export { type Judgement, judgementJsonSchema, judgementSchema } from "./judgement-schema.js";
export { type RenderJudgePromptOptions, renderJudgePrompt } from "./render-judge-prompt.js";
