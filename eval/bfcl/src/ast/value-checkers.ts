import { PythonTuple, pythonContains, pythonItems, pythonType } from "../python/python-value.js";
import { type CheckResult, failed, passed } from "./check-result.js";
import { standardizeString } from "./standardize-string.js";

const standardize = (value: unknown): unknown =>
  typeof value === "string" ? standardizeString(value) : value;

/** The model's string, standardised, must equal one of the standardised string options (`value_error:string`). */
export function stringChecker(param: string, value: string, options: unknown): CheckResult {
  const accepted = pythonItems(options)
    .filter((option) => typeof option === "string")
    .map((option) => standardizeString(option as string));
  return accepted.includes(standardizeString(value))
    ? passed
    : failed("value_error:string", `Invalid value for parameter ${JSON.stringify(param)}.`);
}

/**
 * The model's list (top-level strings standardised) must equal one option (its top-level strings
 * standardised), in order; `""` becomes `[]`, so an empty list passes for an optional list (`value_error:list/tuple`).
 */
export function listChecker(param: string, value: readonly unknown[], options: unknown): CheckResult {
  const model = value.map(standardize);
  const accepted = pythonItems(options).map((option) => pythonItems(option).map(standardize));
  return pythonContains(accepted, model)
    ? passed
    : failed("value_error:list/tuple", `Invalid value for parameter ${JSON.stringify(param)}.`);
}

/**
 * A dict value against dict options: every model key must be in the option, its (standardised) value among
 * the option's values for that key, and every option key the model left out must allow `""`. The first option
 * that matches wins; otherwise the last option's error is returned.
 */
export function dictChecker(param: string, value: Record<string, unknown>, options: unknown): CheckResult {
  let result: CheckResult = failed(
    "dict_checker:unclear",
    `Invalid value for parameter ${JSON.stringify(param)}.`,
  );
  for (const option of pythonItems(options)) {
    if (option === "") {
      continue;
    }
    result = { valid: false, errorType: "dict_checker:unclear", error: [] };
    let matches = true;
    const answer = option as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) {
      if (!pythonContains(answer, key)) {
        result = failed("value_error:dict_key", `Unexpected dict key parameter: '${key}'.`);
        matches = false;
        break;
      }
      const accepted = pythonItems(answer[key]).map(standardize);
      if (!pythonContains(accepted, standardize(item))) {
        result = failed("value_error:dict_value", `Invalid value for parameter ${JSON.stringify(key)}.`);
        matches = false;
        break;
      }
    }
    for (const [key, item] of Object.entries(answer)) {
      if (!Object.hasOwn(value, key) && !pythonContains(item, "")) {
        result = failed("value_error:dict_key", `Missing dict key parameter: '${key}'.`);
        matches = false;
        break;
      }
    }
    if (matches) {
      return passed;
    }
  }
  return result;
}

/** A list of dicts against options that are lists of dict options, position by position. */
export function listDictChecker(param: string, value: readonly unknown[], options: unknown): CheckResult {
  let result: CheckResult = failed(
    "list_dict_checker:unclear",
    `Invalid value for parameter ${JSON.stringify(param)}.`,
  );
  for (const option of pythonItems(options)) {
    const answers = pythonItems(option);
    if (value.length !== answers.length) {
      result = failed("value_error:list_dict_count", "Wrong number of dictionaries in the list.");
      continue;
    }
    let matches = true;
    for (const [index, item] of value.entries()) {
      result =
        pythonType(item) === "dict"
          ? dictChecker(param, item as Record<string, unknown>, [answers[index]])
          : failed("value_error:dict_value", "Expected a dictionary.");
      if (!result.valid) {
        matches = false;
        break;
      }
    }
    if (matches) {
      return passed;
    }
  }
  return result;
}

/** Turns a tuple into a list, as the checker does for `tuple`-typed parameters. */
export function tupleToList(value: unknown): unknown {
  return value instanceof PythonTuple ? [...value.items] : value;
}
