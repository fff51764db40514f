import { type BfclFunction, type ExpectedCall, JsonFloat } from "@apigen/core";
import { type PythonTypeName, pythonContains, pythonType } from "../python/python-value.js";
import { type CheckResult, failed, passed } from "./check-result.js";
import { javaTypeConverter } from "./java-type-converter.js";
import { javaScriptTypeConverter } from "./javascript-type-converter.js";
import { typeChecker } from "./type-checker.js";
import {
  javaNestedTypes,
  javaScriptNestedTypes,
  javaScriptTypeConversion,
  javaTypeConversion,
  pythonNestedTypes,
  pythonTypeMapping,
} from "./type-maps.js";
import { dictChecker, listChecker, listDictChecker, stringChecker, tupleToList } from "./value-checkers.js";

/** The language whose typing rules apply: Java and JavaScript arguments arrive as source text. */
export type BfclLanguage = "python" | "java" | "javascript";

/** One decoded call: a one-key object, function name → arguments. */
export type DecodedCall = Record<string, Record<string, unknown>>;

/** Options shared by the function checkers. */
export interface FunctionCheckOptions {
  language: BfclLanguage;
  /** The model was sent names with `.` replaced by `_` (OpenAI-style APIs reject dots). */
  underscoreToDot: boolean;
}

interface ParameterSpec {
  type?: unknown;
  items?: { type?: unknown };
}

/**
 * BFCL's check of one decoded call against one ground-truth call and its function doc, rule by rule as the
 * official checker applies them: name, required parameters, unexpected parameters, language typing, value
 * comparison by type, and options left out that may not be.
 */
export function simpleFunctionChecker(
  doc: BfclFunction,
  call: DecodedCall,
  expected: ExpectedCall,
  { language, underscoreToDot }: FunctionCheckOptions,
): CheckResult {
  const options = expected.arguments as Record<string, unknown>;
  const properties = (doc.parameters.properties ?? {}) as Record<string, ParameterSpec>;
  const required = (doc.parameters.required ?? []) as string[];
  const name = doc.name.includes(".") && underscoreToDot ? doc.name.replaceAll(".", "_") : doc.name;
  if (!Object.hasOwn(call, name)) {
    return failed(
      "simple_function_checker:wrong_func_name",
      `Function name ${JSON.stringify(name)} not found in model output.`,
    );
  }
  const args = call[name] as Record<string, unknown>;
  for (const parameter of required) {
    if (!Object.hasOwn(args, parameter)) {
      return failed(
        "simple_function_checker:missing_required",
        `Missing required parameter: ${JSON.stringify(parameter)}.`,
      );
    }
  }
  for (const [parameter, raw] of Object.entries(args)) {
    if (!Object.hasOwn(properties, parameter) || !Object.hasOwn(options, parameter)) {
      return failed(
        "simple_function_checker:unexpected_param",
        `Unexpected parameter: ${JSON.stringify(parameter)}.`,
      );
    }
    const spec = properties[parameter] as ParameterSpec;
    const typeName = String(spec.type);
    const itemTypeName = spec.items?.type === undefined ? undefined : String(spec.items.type);
    let value: unknown = raw;
    let expectedType: PythonTypeName | "set";
    let nestedType: PythonTypeName | undefined;
    if (language === "java" || language === "javascript") {
      const table = language === "java" ? javaTypeConversion : javaScriptTypeConversion;
      const converted = table[typeName];
      if (converted === undefined) {
        throw new TypeError(
          `BFCL has no ${language} type ${JSON.stringify(typeName)} (parameter ${parameter} of ${doc.name})`,
        );
      }
      expectedType = converted;
      if (typeof value !== "string") {
        return failed(
          language === "java" ? "type_error:java" : "type_error:js",
          `Incorrect type for parameter ${JSON.stringify(parameter)}. Expected type String, got ${pythonType(value)}.`,
        );
      }
      const nested = (language === "java" ? javaNestedTypes : javaScriptNestedTypes).has(typeName);
      value =
        language === "java"
          ? javaTypeConverter(value, typeName, nested ? itemTypeName : undefined)
          : javaScriptTypeConverter(value, typeName, nested ? itemTypeName : undefined);
    } else {
      const converted = pythonTypeMapping[typeName];
      if (converted === undefined) {
        throw new TypeError(
          `BFCL has no Python type ${JSON.stringify(typeName)} (parameter ${parameter} of ${doc.name})`,
        );
      }
      expectedType = converted;
      if (pythonNestedTypes.has(typeName)) {
        nestedType = pythonTypeMapping[itemTypeName ?? ""];
        if (nestedType === undefined) {
          throw new TypeError(
            `BFCL has no Python item type ${JSON.stringify(itemTypeName)} (parameter ${parameter} of ${doc.name})`,
          );
        }
      }
    }
    if (typeName === "tuple") {
      value = tupleToList(value);
    }
    if (language === "python" && expectedType === "float" && pythonType(value) === "int") {
      value = toFloat(value);
    }
    const typeCheck = typeChecker({ value, options: options[parameter], expectedType, nestedType });
    if (!typeCheck.valid) {
      return failed(typeCheck.errorType, `Incorrect type for parameter ${JSON.stringify(parameter)}.`);
    }
    if (!typeCheck.isVariable) {
      let result: CheckResult | undefined;
      if (expectedType === "dict") {
        result = dictChecker(parameter, value as Record<string, unknown>, options[parameter]);
      } else if (expectedType === "list" && nestedType === "dict") {
        result = listDictChecker(parameter, value as unknown[], options[parameter]);
      } else if (expectedType === "str") {
        result = stringChecker(parameter, value as string, options[parameter]);
      } else if (expectedType === "list") {
        result = listChecker(parameter, value as unknown[], options[parameter]);
      }
      if (result !== undefined) {
        if (!result.valid) {
          return result;
        }
        continue;
      }
    }
    if (!pythonContains(options[parameter], value)) {
      return failed("value_error:others", `Invalid value for parameter ${JSON.stringify(parameter)}.`);
    }
  }
  for (const [parameter, accepted] of Object.entries(options)) {
    if (!Object.hasOwn(args, parameter) && !pythonContains(accepted, "")) {
      return failed(
        "simple_function_checker:missing_optional",
        `Optional parameter ${JSON.stringify(parameter)} not provided and not marked as optional.`,
      );
    }
  }
  return passed;
}

/** Python's `float(value)` for an int: the value keeps its number and becomes a float. */
function toFloat(value: unknown): JsonFloat {
  return new JsonFloat(typeof value === "bigint" ? Number(value) : (value as number));
}
