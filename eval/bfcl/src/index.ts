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
export {
  type BfclScores,
  bfclCategoryGroups,
  type CategoryTally,
  scoreCategories,
} from "./score/score-categories.js";
