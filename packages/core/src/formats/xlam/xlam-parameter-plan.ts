import { jsonEqual } from "../../json/json-equal.js";
import type { JsonValue } from "../../json/json-value.js";
import type { JsonSchema } from "../../schemas/json-schema.js";
import { isSubschema } from "./is-subschema.js";
import { parsePythonLiteral } from "./python-literal.js";
import { type ParsedPythonType, renderPythonType } from "./python-type.js";
import { lookUpPythonType } from "./read-python-type.js";

/** Property keyword holding the raw type string where rendering the property would not give it back. */
export const xlamTypeKey = "x-xlam-type";
/** Property keyword holding the raw spec's explicit `required` flag. */
export const xlamRequiredKey = "x-xlam-required";
/** Property keyword set to `true` when the raw spec had a `default` key and a `default:` in its type string. */
export const xlamDefaultKey = "x-xlam-default";

/** How one canonical property is written as an xLAM parameter spec. */
export interface XlamParameterPlan {
  /** The spec's `type` string. */
  typeText: string;
  /** That string, parsed. */
  parsed: ParsedPythonType;
  /** The spec's explicit `required` flag, when it gets one. */
  requiredFlag: boolean | undefined;
  /** Whether the spec gets a `default` key (no when the type string already carries the same default). */
  writeDefault: boolean;
}

/** The value a type string's `default:` text stands for: a Python literal, else the text itself. */
export function defaultFromText(text: string): JsonValue {
  return parsePythonLiteral(text) ?? text;
}

/**
 * Decides how a property is written: the remembered `x-xlam-type` when it still fits the property (its schema
 * is a subschema that covers any `type` keyword, its `optional` modifier agrees with `required` unless an
 * explicit `required` flag is written, and any `default:` it holds is backed by a default), otherwise a freshly rendered type string with `, optional` for a parameter that is not required.
 * The reader calls it too, to learn whether a raw type string needs remembering.
 */
export function planXlamParameter(property: JsonSchema, required: boolean): XlamParameterPlan {
  const flag = property[xlamRequiredKey];
  const requiredFlag = flag === required && property.required === undefined ? required : undefined;
  const remembered = property[xlamTypeKey];
  const fits = (parsed: ParsedPythonType): boolean =>
    isSubschema(parsed.schema, property) &&
    (property.type === undefined || Object.hasOwn(parsed.schema, "type")) &&
    (requiredFlag !== undefined || parsed.optional === !required) &&
    (parsed.defaultText === undefined || property.default !== undefined);
  let typeText: string | undefined;
  let parsed: ParsedPythonType | undefined;
  if (typeof remembered === "string") {
    const candidate = lookUpPythonType(remembered);
    if (candidate !== undefined && fits(candidate)) {
      typeText = remembered;
      parsed = candidate;
    }
  }
  if (typeText === undefined || parsed === undefined) {
    typeText = renderPythonType(property) + (requiredFlag === undefined && !required ? ", optional" : "");
    parsed = lookUpPythonType(typeText);
    if (parsed === undefined) {
      throw new TypeError(`renderPythonType wrote ${JSON.stringify(typeText)}, which does not parse back`);
    }
  }
  const defaultInType =
    parsed.defaultText !== undefined &&
    property[xlamDefaultKey] !== true &&
    jsonEqual(defaultFromText(parsed.defaultText), property.default);
  return { typeText, parsed, requiredFlag, writeDefault: property.default !== undefined && !defaultInType };
}
