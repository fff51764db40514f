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
  normalizeText,
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
  type EvaluateAstEntryOptions,
  evaluateAstEntry,
  evaluateRelevanceEntry,
  type ModelAnswer,
} from "./evaluate-entry.js";
export { PythonTuple, type PythonValue, pythonEquals, pythonType } from "./python/python-value.js";
export { bfclResultPaths, modelDirectoryName } from "./results/bfcl-result-paths.js";
export { formatAccuracy, formatScoreTable, type ScoreColumn } from "./results/format-score-table.js";
export { readBfclTallies } from "./results/read-bfcl-tallies.js";
export { assertBfclData } from "./runner/assert-bfcl-data.js";
export { BfclDataMissingError, bfclDataSources } from "./runner/bfcl-data-missing-error.js";
export type { BfclRunEvent } from "./runner/bfcl-run-event.js";
export { bfclRunnableCategories } from "./runner/bfcl-runnable-categories.js";
export { buildPromptMessages, promptModeSystemPrompt } from "./runner/build-prompt-messages.js";
export { buildXlamMessages } from "./runner/build-xlam-messages.js";
export type { BfclRunMode } from "./runner/evaluate-answer.js";
export { readBfclQuestionTexts } from "./runner/read-bfcl-question-texts.js";
export { type RunBfclOptions, runBfcl, runBfclIter } from "./runner/run-bfcl.js";
export {
  type BfclScores,
  bfclCategoryGroups,
  type CategoryTally,
  scoreCategories,
} from "./score/score-categories.js";
