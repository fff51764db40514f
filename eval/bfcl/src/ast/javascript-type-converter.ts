import { JsonFloat } from "@apigen/core";
import { sourceObject } from "./source-literal.js";

/**
 * BFCL's conversion of a JavaScript argument (source text) to a Python value: `String` loses one pair of
 * quotes, `integer` and `Bigint` (`12n`) become ints, `float` accepts integer literals too, `Boolean` only
 * `true`/`false`, arrays `[...]` or `new Array(...)` with items split on commas, objects `{k: v}`; anything that
 * does not convert stays the original string.
 */
export function javaScriptTypeConverter(value: string, type: string, itemType?: string): unknown {
  switch (type) {
    case "String":
      return /^".*"$|^'.*'$|^`.*`$/s.test(value) ? value.slice(1, -1) : value;
    case "integer":
      return /^-?\d+$/.test(value) ? Number.parseInt(value, 10) : value;
    case "Bigint":
      return /^-?\d+n$/.test(value) ? Number.parseInt(value.slice(0, -1), 10) : value;
    case "float":
      return /^-?\d+(\.\d+)?$/.test(value) ? asFloat(value) : value;
    case "Boolean":
      return value === "true" ? true : value === "false" ? false : value;
    case "array":
      return parseArray(value, itemType);
    case "dict":
      return parseObject(value);
    default:
      return value;
  }
}

function asFloat(text: string): JsonFloat | number {
  const number = Number.parseFloat(text);
  return Number.isInteger(number) ? new JsonFloat(number) : number;
}

function convertItem(text: string, itemType: string | undefined): unknown {
  const trimmed = text.trim();
  return itemType === undefined ? trimmed : javaScriptTypeConverter(trimmed, itemType);
}

function parseArray(value: string, itemType: string | undefined): unknown {
  const literal = /^\[(.*)\]$/s.exec(value.trim());
  const constructed = /^new\s+Array\((.*)\)$/s.exec(value.trim());
  const body = literal?.[1] ?? constructed?.[1];
  if (body === undefined) {
    return value;
  }
  if (body.trim() === "") {
    return [];
  }
  if (/^\s*\[/.test(body)) {
    return [...body.matchAll(/\[(.*?)\]/g)].map((row) =>
      (row[1] ?? "").trim() === ""
        ? []
        : (row[1] ?? "").split(",").map((item) => convertItem(item, itemType)),
    );
  }
  return body.split(",").map((item) => convertItem(item, itemType));
}

function parseObject(value: string): unknown {
  return sourceObject(value);
}
