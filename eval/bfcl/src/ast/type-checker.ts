import { type PythonTypeName, pythonItems, pythonType } from "../python/python-value.js";

/** What {@link typeChecker} decided. */
export interface TypeCheckResult {
  valid: boolean;
  errorType: "type_error:simple" | "type_error:nested";
  /** True when the ground truth holds a value of another type than the doc's (a variable name, usually). */
  isVariable: boolean;
}

/** The type of the first option that is not the may-omit marker `""`. */
function possibleAnswerType(options: unknown): PythonTypeName | undefined {
  for (const option of pythonItems(options)) {
    if (option !== "") {
      return pythonType(option);
    }
  }
  return undefined;
}

/**
 * BFCL's type check of one argument value: exact Python type, one level of item checking for arrays and tuples
 * against each option that is a list (an option that is not a list passes at once), and the "variable" rule:
 * when the ground truth's options have another type than the doc, a value of the options' type is accepted
 * and compared as a value instead.
 */
export function typeChecker({
  value,
  options,
  expectedType,
  nestedType,
}: {
  value: unknown;
  options: unknown;
  expectedType: PythonTypeName | "set";
  nestedType: PythonTypeName | undefined;
}): TypeCheckResult {
  const answerType = possibleAnswerType(options);
  const isVariable = answerType !== undefined && answerType !== expectedType;
  let errorType: TypeCheckResult["errorType"] = "type_error:simple";
  let nestedFailed = false;
  if (pythonType(value) === expectedType) {
    if (nestedType === undefined) {
      return { valid: true, errorType, isVariable };
    }
    for (const option of pythonItems(options)) {
      let allItemsPass = true;
      if (pythonType(option) === "list") {
        for (const item of pythonItems(value)) {
          const itemCheck = typeChecker({
            value: item,
            options: option,
            expectedType: nestedType,
            nestedType: undefined,
          });
          if (!itemCheck.valid) {
            allItemsPass = false;
            break;
          }
        }
      }
      if (allItemsPass) {
        return { valid: true, errorType, isVariable };
      }
    }
    nestedFailed = true;
    errorType = "type_error:nested";
  }
  if (answerType !== undefined && pythonType(value) === answerType) {
    return { valid: !nestedFailed, errorType, isVariable: true };
  }
  return { valid: false, errorType: "type_error:simple", isVariable };
}
