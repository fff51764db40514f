export { type AstCheckerOptions, astChecker, languageOfCategory } from "./ast/ast-checker.js";
export type { CheckResult } from "./ast/check-result.js";
export {
  type BfclLanguage,
  type DecodedCall,
  type FunctionCheckOptions,
  simpleFunctionChecker,
} from "./ast/simple-function-checker.js";
export { standardizeString } from "./ast/standardize-string.js";
export {
  type ContaminationMatch,
  type FindContaminationOptions,
  findContamination,
  type TextItem,
} from "./contamination/find-contamination.js";
export { type BfclEntry, loadBfclCategory } from "./data/load-bfcl-category.js";
export {
  decodeFunctionCallingOutput,
  decodeJsonCalls,
  decodePythonCalls,
  decodeXlamCalls,
  isEmptyOutput,
  isFunctionCallingFormat,
  type ModelOutputFormat,
} from "./decode/decode-model-output.js";
export {
  BfclDownloadError,
  type BfclDownloadFailure,
} from "./download/bfcl-download-error.js";
export { defaultBfclDataDirectory } from "./download/default-bfcl-data-directory.js";
export {
  type BfclDownloadEvent,
  bfclHubRepo,
  type DownloadBfclDataOptions,
  downloadBfclData,
  downloadBfclDataIter,
} from "./download/download-bfcl-data.js";
export {
  decodeModelAnswer,
  type EvaluateAstEntryOptions,
  evaluateAstEntry,
  evaluateRelevanceEntry,
  type ModelAnswer,
} from "./evaluate-entry.js";
export {
  type BfclExecCoverage,
  bfclExecCoverage,
  isBfclExecEntryCovered,
} from "./exec/bfcl-exec-coverage.js";
export {
  type CheckExecutedCallsOptions,
  checkExecutedCalls,
  type ExecutedCall,
  type ExpectedExecution,
  formatCall,
} from "./exec/check-executed-calls.js";
export {
  type EvaluateBfclExecEntryOptions,
  evaluateBfclExecEntry,
} from "./exec/evaluate-bfcl-exec-entry.js";
export {
  type EvaluateExecutableExampleOptions,
  evaluateExecutableExample,
} from "./exec/evaluate-executable-example.js";
export {
  type ExecutionMatch,
  type ExecutionMatchType,
  executionMatchTypes,
  realTimeMatchTolerance,
} from "./exec/execution-match.js";
export { GroundTruthExecutionError } from "./exec/ground-truth-execution-error.js";
export {
  type BfclExecEntry,
  bfclExecCategories,
  bfclExecPaths,
  loadBfclExecCategory,
} from "./exec/load-bfcl-exec-category.js";
export { type MatchExecutionResultOptions, matchExecutionResult } from "./exec/match-execution-result.js";
export { PythonTuple, type PythonValue, pythonEquals, pythonType } from "./python/python-value.js";
export { bfclResultPaths, modelDirectoryName } from "./results/bfcl-result-paths.js";
export { formatAccuracy, formatScoreTable, type ScoreColumn } from "./results/format-score-table.js";
export { readBfclTallies } from "./results/read-bfcl-tallies.js";
export { assertBfclData, bfclCategoryFiles } from "./runner/assert-bfcl-data.js";
export { BfclDataMissingError, bfclDataSources } from "./runner/bfcl-data-missing-error.js";
export type { BfclRunEvent } from "./runner/bfcl-run-event.js";
export { bfclRunnableCategories, isExecCategory } from "./runner/bfcl-runnable-categories.js";
export { buildPromptMessages, promptModeSystemPrompt } from "./runner/build-prompt-messages.js";
export { buildXlamMessages } from "./runner/build-xlam-messages.js";
export type { BfclRunMode, RunnableEntry } from "./runner/evaluate-answer.js";
export { fcTools } from "./runner/fc-tools.js";
export { readBfclQuestionTexts } from "./runner/read-bfcl-question-texts.js";
export { type RunBfclOptions, runBfcl, runBfclIter } from "./runner/run-bfcl.js";
export {
  type BfclScores,
  bfclCategoryGroups,
  type CategoryTally,
  scoreCategories,
} from "./score/score-categories.js";
