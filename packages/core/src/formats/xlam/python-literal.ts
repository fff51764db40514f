import { JsonFloat } from "../../json/json-float.js";
import type { JsonObject, JsonValue } from "../../json/json-value.js";
import { setOwnKey } from "../../json/set-own-key.js";

/**
 * Reads a Python literal as Python's `ast.literal_eval` would for the values JSON can hold: strings in single
 * or double quotes, integers and floats (`5` and `5.0` stay apart), `True`, `False`, `None`, lists, tuples
 * (as arrays) and dicts with string keys. Returns `undefined` for any other text, so callers can keep it as a
 * plain string instead of guessing.
 *
 * @example
 * parsePythonLiteral("['a', 2.0]") // ["a", JsonFloat { value: 2 }]
 * parsePythonLiteral("celsius") // undefined
 */
export function parsePythonLiteral(text: string): JsonValue | undefined {
  const reader = new LiteralReader(text);
  const value = reader.value();
  reader.skipSpaces();
  return value !== undefined && reader.atEnd() ? value : undefined;
}

const numberPattern = /-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?/y;
const namePattern = /[A-Za-z_][A-Za-z0-9_]*/y;
const constants: Record<string, JsonValue> = { True: true, False: false, None: null };
const escapes: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  "0": "\0",
};

class LiteralReader {
  private index = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.index >= this.text.length;
  }

  skipSpaces(): void {
    while (/\s/.test(this.text.charAt(this.index))) {
      this.index++;
    }
  }

  value(): JsonValue | undefined {
    this.skipSpaces();
    const character = this.text.charAt(this.index);
    if (character === "'" || character === '"') {
      return this.string(character);
    }
    if (character === "[" || character === "(") {
      return this.sequence(character === "[" ? "]" : ")");
    }
    if (character === "{") {
      return this.dict();
    }
    return this.number() ?? this.constant();
  }

  private string(quote: string): string | undefined {
    let result = "";
    this.index++;
    while (this.index < this.text.length) {
      const character = this.text.charAt(this.index++);
      if (character === quote) {
        return result;
      }
      if (character !== "\\") {
        result += character;
        continue;
      }
      const escaped = this.text.charAt(this.index++);
      const hexLength = escaped === "x" ? 2 : escaped === "u" ? 4 : 0;
      if (hexLength > 0) {
        const hex = this.text.slice(this.index, this.index + hexLength);
        if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
          return undefined;
        }
        result += String.fromCharCode(Number.parseInt(hex, 16));
        this.index += hexLength;
      } else {
        result += escapes[escaped] ?? `\\${escaped}`;
      }
    }
    return undefined;
  }

  private sequence(close: string): JsonValue[] | undefined {
    const items: JsonValue[] = [];
    this.index++;
    for (;;) {
      this.skipSpaces();
      if (this.text.charAt(this.index) === close) {
        this.index++;
        return items;
      }
      const item = this.value();
      if (item === undefined) {
        return undefined;
      }
      items.push(item);
      if (!this.separator(close)) {
        return undefined;
      }
    }
  }

  private dict(): JsonObject | undefined {
    const result: JsonObject = {};
    this.index++;
    for (;;) {
      this.skipSpaces();
      if (this.text.charAt(this.index) === "}") {
        this.index++;
        return result;
      }
      const key = this.value();
      this.skipSpaces();
      if (typeof key !== "string" || this.text.charAt(this.index) !== ":") {
        return undefined;
      }
      this.index++;
      const item = this.value();
      if (item === undefined) {
        return undefined;
      }
      setOwnKey(result, key, item);
      if (!this.separator("}")) {
        return undefined;
      }
    }
  }

  /** After an item: a comma (consumed), or the closing bracket (left for the caller). */
  private separator(close: string): boolean {
    this.skipSpaces();
    const character = this.text.charAt(this.index);
    if (character === ",") {
      this.index++;
      return true;
    }
    return character === close;
  }

  private number(): JsonValue | undefined {
    numberPattern.lastIndex = this.index;
    const match = numberPattern.exec(this.text);
    if (match === null || /^-?0\d/.test(match[0])) {
      return undefined;
    }
    const literal = match[0];
    this.index += literal.length;
    const value = Number(literal);
    if (/[.eE]/.test(literal)) {
      return Number.isInteger(value) ? new JsonFloat(value) : value;
    }
    return Number.isSafeInteger(value) ? value : BigInt(literal);
  }

  private constant(): JsonValue | undefined {
    namePattern.lastIndex = this.index;
    const match = namePattern.exec(this.text);
    if (match === null || !Object.hasOwn(constants, match[0])) {
      return undefined;
    }
    this.index += match[0].length;
    return constants[match[0]];
  }
}
