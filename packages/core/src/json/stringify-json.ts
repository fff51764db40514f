import { JsonFloat } from "./json-float.js";

/** Options of {@link stringifyJson}. */
export interface StringifyJsonOptions {
  /**
   * `"compact"` writes like `JSON.stringify`; `"python"` writes like Python's `json.dumps`: `", "` and `": "`
   * separators and Python's float repr (`1e-05`, `1e+16`), which is how the xLAM-60k release stores its
   * `tools` and `answers` strings.
   * @default "compact"
   */
  style?: "compact" | "python";
  /** Spaces of indentation; none writes one line. */
  indent?: number;
  /**
   * Escape every non-ASCII character as `\uXXXX`, as Python's `ensure_ascii=True` does.
   * @default false
   */
  ensureAscii?: boolean;
  /**
   * Write `NaN` and `Infinity` as Python does instead of throwing.
   * @default false
   */
  allowNonFinite?: boolean;
  /**
   * Write every object's keys in sorted order (UTF-16 code units), so that equal values give equal text whatever
   * order their keys were set in: canonical JSON for hashing and cache keys.
   * @default false
   */
  sortKeys?: boolean;
}

/**
 * Writes a JSON value, keeping whole-valued floats as floats (`JsonFloat(5)` → `5.0`) and big integers exact,
 * so that `parseJson(stringifyJson(x))` gives `x` back. Object properties whose value is `undefined` are left
 * out, as `JSON.stringify` does, so canonical objects with unset optional fields can be passed as they are.
 * Anything that is not JSON (a function, a symbol, a non-finite number unless allowed) throws a `TypeError`.
 *
 * @example
 * stringifyJson({ a: [1, new JsonFloat(2)] }, { style: "python" }) // '{"a": [1, 2.0]}'
 */
export function stringifyJson(
  value: unknown,
  {
    style = "compact",
    indent,
    ensureAscii = false,
    allowNonFinite = false,
    sortKeys = false,
  }: StringifyJsonOptions = {},
): string {
  const python = style === "python";
  if (!python && indent === undefined && !ensureAscii && !sortKeys && isNativeSafe(value)) {
    return JSON.stringify(value);
  }
  const itemSeparator = python && indent === undefined ? ", " : ",";
  const keySeparator = python || indent !== undefined ? ": " : ":";
  const pad = indent === undefined ? undefined : " ".repeat(indent);
  const writeString = ensureAscii ? asciiString : (text: string) => JSON.stringify(text);

  const writeNumber = (number: number, float: boolean): string => {
    if (!Number.isFinite(number)) {
      if (!allowNonFinite) {
        throw new TypeError(`Cannot write ${number} as JSON; pass allowNonFinite to write it as Python does`);
      }
      return Number.isNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity";
    }
    if (!float && Number.isInteger(number)) {
      return Math.abs(number) < 1e21 ? String(number) : BigInt(number).toString();
    }
    return python ? pythonFloatRepr(number) : compactFloat(number);
  };

  const write = (current: unknown, depth: string): string => {
    if (current === null) {
      return "null";
    }
    switch (typeof current) {
      case "string":
        return writeString(current);
      case "number":
        return writeNumber(current, false);
      case "bigint":
        return current.toString();
      case "boolean":
        return current ? "true" : "false";
      case "object":
        break;
      default:
        throw new TypeError(`Cannot write a ${typeof current} as JSON`);
    }
    if (JsonFloat.isInstance(current)) {
      return writeNumber(current.value, true);
    }
    const inner = pad === undefined ? "" : depth + pad;
    const open = pad === undefined ? "" : `\n${inner}`;
    const close = pad === undefined ? "" : `\n${depth}`;
    const separator = pad === undefined ? itemSeparator : `${itemSeparator}\n${inner}`;
    if (Array.isArray(current)) {
      if (current.length === 0) {
        return "[]";
      }
      const items = current.map((item) => (item === undefined ? "null" : write(item, inner)));
      return `[${open}${items.join(separator)}${close}]`;
    }
    const entries: string[] = [];
    const fields = Object.entries(current as Record<string, unknown>);
    if (sortKeys) {
      fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    }
    for (const [key, item] of fields) {
      if (item !== undefined) {
        entries.push(`${writeString(key)}${keySeparator}${write(item, inner)}`);
      }
    }
    return entries.length === 0 ? "{}" : `{${open}${entries.join(separator)}${close}}`;
  };

  return write(value, "");
}

/** True when `JSON.stringify` writes `value` exactly as the compact style would: no float marks, no big numbers. */
function isNativeSafe(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined":
      return true;
    case "number":
      return (
        Number.isFinite(value) &&
        (Math.abs(value) < 1e21 || !Number.isInteger(value)) &&
        !Object.is(value, -0)
      );
    case "object":
      if (value === null) {
        return true;
      }
      if (JsonFloat.isInstance(value)) {
        return false;
      }
      if (Array.isArray(value)) {
        return value.every(isNativeSafe);
      }
      if (Object.getPrototypeOf(value) !== Object.prototype || Object.hasOwn(value, "__proto__")) {
        return false;
      }
      for (const key in value) {
        if (!isNativeSafe((value as Record<string, unknown>)[key])) {
          return false;
        }
      }
      return true;
    default:
      return false;
  }
}

function asciiString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The shortest text that reads back as the same float, with a decimal point or exponent so it stays a float. */
function compactFloat(number: number): string {
  if (Object.is(number, -0)) {
    return "-0.0";
  }
  const text = String(number);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/**
 * Python's `repr(float)`: the shortest round-tripping digits, fixed notation for exponents -4..15, otherwise
 * scientific with a signed, at least two-digit exponent (`1e-05`, `1.5e+16`).
 */
export function pythonFloatRepr(number: number): string {
  if (Object.is(number, -0)) {
    return "-0.0";
  }
  const [mantissa = "", exponentText = "0"] = number.toExponential().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = negative ? "-" : "";
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) {
      return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
    }
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
    const fraction = digits.slice(exponent + 1);
    return `${sign}${whole}.${fraction === "" ? "0" : fraction}`;
  }
  const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const exponentSign = exponent < 0 ? "-" : "+";
  return `${sign}${head}e${exponentSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}
