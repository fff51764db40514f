export type { BatchFiles } from "./open-run-models.js";
export { type PromptPreview, previewPrompts } from "./preview-prompts.js";
export type {
  FailedPrompt,
  FinishedPrompt,
  PlannedPrompt,
  PromptJournalLine,
} from "./prompt-journal.js";
export { pipelineFiles } from "./read-run-state.js";
export { RunDirectoryError } from "./run-directory-error.js";
export type { RunEvent, RunProgress, RunStopReason } from "./run-events.js";
export { type RunGenerationOptions, type RunResult, runGeneration } from "./run-generation.js";
export { truncateTornTail } from "./truncate-torn-tail.js";
