import { JsonFloat } from "@apigen/core";
import { sourceLiteral, splitTopLevel } from "./source-literal.js";

/**
 * BFCL's conversion of a Java argument (source text) to a Python value, reproduced with its quirks: a `float`
 * needs the `f` suffix and a `long` the `L` suffix; `char` never converts (the official pattern cannot match);
 * `Array` elements keep their quotes while `ArrayList` elements lose them; anything that does not convert stays
 * the original string (and then fails the type check unless the ground truth holds a string).
 */
export function javaTypeConverter(value: string, type: string, itemType?: string): unknown {
  switch (type) {
    case "byte":
    case "short":
    case "integer":
      return /^-?\d+$/.test(value) ? Number.parseInt(value, 10) : value;
    case "float":
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?[fF]$/.test(value) ? asFloat(value.slice(0, -1)) : value;
    case "double":
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value) ? asFloat(value) : value;
    case "long":
      return /^-?\d+[lL]$/.test(value) ? Number.parseInt(value.slice(0, -1), 10) : value;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : value;
    case "ArrayList":
      return parseArrayList(value, itemType ?? "String");
    case "Array":
      return parseArray(value, itemType ?? "String");
    case "HashMap":
      return parseHashMap(value);
    default:
      return value;
  }
}

function asFloat(text: string): JsonFloat | number {
  const number = Number.parseFloat(text);
  return Number.isInteger(number) ? new JsonFloat(number) : number;
}

function splitElements(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === "" ? [] : trimmed.split(",").map((element) => element.trim());
}

function stripQuotes(text: string): string {
  return /^".*"$|^'.*'$/s.test(text) ? text.slice(1, -1) : text;
}

function parseArrayList(value: string, itemType: string): unknown {
  const asList = /^new\s+ArrayList<[^>]*>\s*\(\s*Arrays\.asList\((.*)\)\s*\)$/s.exec(value);
  const adds = /^new\s+ArrayList<[^>]*>\s*\(\s*\)\s*\{\{(.*)\}\}$/s.exec(value);
  const empty = /^new\s+ArrayList<[^>]*>\s*\(\s*\)$/.test(value);
  let elements: string[];
  if (asList?.[1] !== undefined) {
    elements = splitElements(asList[1]);
  } else if (adds?.[1] !== undefined) {
    elements = [...adds[1].matchAll(/add\((.*?)\);/g)].map((match) => (match[1] ?? "").trim());
  } else if (empty) {
    elements = [];
  } else {
    return value;
  }
  return elements.map((element) =>
    itemType === "String" || itemType === "char"
      ? stripQuotes(element)
      : javaTypeConverter(element, itemType),
  );
}

function parseArray(value: string, itemType: string): unknown {
  const match = /^new\s+\w+\[\]\s*\{(.*)\}$/s.exec(value);
  if (match?.[1] === undefined) {
    return value;
  }
  return splitElements(match[1]).map((element) => javaTypeConverter(element, itemType));
}

function parseHashMap(value: string): unknown {
  const match = /^new\s+HashMap<[^>]*>\s*\(\s*\)\s*\{\{(.*)\}\}$/s.exec(value);
  if (match?.[1] === undefined) {
    return /^new\s+HashMap<[^>]*>\s*\(\s*\)$/.test(value) ? {} : value;
  }
  const entries: Record<string, unknown> = {};
  for (const put of match[1].matchAll(/put\((.*?)\);/gs)) {
    const [key = "", ...rest] = splitTopLevel(put[1] ?? "");
    entries[stripQuotes(key)] = sourceLiteral(rest.join(","));
  }
  return entries;
}
