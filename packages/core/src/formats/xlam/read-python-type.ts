import { ConversionError } from "../../errors/conversion-error.js";
import { conversionError } from "../shared/conversion-error.js";
import { type ParsedPythonType, PythonTypeParser } from "./python-type-parser.js";

/**
 * Parses a type string as `parsePythonType` does, with the caller's own way to fail: `fail` gets the reason (which quotes the whole
 * type string) and must throw.
 */
export function readPythonType(text: string, fail: (reason: string) => never): ParsedPythonType {
  const parsed =
    parsedTypes.get(text) ??
    remember(
      text,
      new PythonTypeParser(text, (problem) =>
        fail(`the type string ${JSON.stringify(text)} ${problem}`),
      ).parse(),
    );
  return { ...parsed, schema: copyJson(parsed.schema) };
}

/**
 * The parse of a type string, shared and deeply frozen (never change it), or `undefined` where the string does
 * not parse. For callers that only read the result, many times over.
 */
export function lookUpPythonType(text: string): ParsedPythonType | undefined {
  const known = parsedTypes.get(text);
  if (known !== undefined) {
    return known;
  }
  try {
    return remember(
      text,
      new PythonTypeParser(text, (problem) => {
        throw conversionError({ format: "xlam" }, problem);
      }).parse(),
    );
  } catch (error) {
    if (ConversionError.isInstance(error)) {
      return undefined;
    }
    throw error;
  }
}

/** Type strings repeat a lot across a data set (and rendering re-parses its candidates), so parses are kept. */
const parsedTypes = new Map<string, ParsedPythonType>();
const parsedTypesLimit = 4096;

function remember(text: string, parsed: ParsedPythonType): ParsedPythonType {
  if (parsedTypes.size >= parsedTypesLimit) {
    parsedTypes.clear();
  }
  freezeJson(parsed);
  parsedTypes.set(text, parsed);
  return parsed;
}

function freezeJson(value: unknown): void {
  if (value !== null && typeof value === "object") {
    Object.freeze(value);
    for (const item of Object.values(value)) {
      freezeJson(item);
    }
  }
}

/** A deep copy of a parsed schema (plain objects, arrays and scalars only), so callers may change it. */
function copyJson<Value>(value: Value): Value {
  if (Array.isArray(value)) {
    return value.map(copyJson) as Value;
  }
  if (value === null || typeof value !== "object") {
    return value;
  }
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    copy[key] = copyJson(value[key]);
  }
  return copy as Value;
}
