import { JsonParseError } from "../errors/json-parse-error.js";
import { JsonFloat } from "./json-float.js";
import type { JsonObject, JsonValue } from "./json-value.js";
import { setOwnKey } from "./set-own-key.js";

/** Options of {@link parseJson}. */
export interface ParseJsonOptions {
  /**
   * Accept `NaN`, `Infinity` and `-Infinity` as Python's `json.loads` does.
   * @default false
   */
  allowNonFinite?: boolean;
}

// Only whole-valued float literals (`5.0`, `1e3`) and long integers differ from what JSON.parse returns.
// Text without any of these shapes (inside strings or not) can take the native fast path.
const needsLosslessParse = /\d\.0*(?!\d)|\d[eE]|\d{16}/;

/**
 * Parses JSON text, keeping integers and floats apart: `5` gives the number 5, `5.0` gives `JsonFloat(5)`,
 * `5.5` gives 5.5, and integers beyond 2^53 give a `bigint`. Duplicate keys keep the last value, as Python
 * and `JSON.parse` do. Errors are {@link JsonParseError}s with the line and column.
 *
 * Never call it on model output without validating the result: use {@link safeParseJson} there.
 *
 * @example
 * parseJson('{"n": 5.0}') // { n: JsonFloat { value: 5 } }
 */
export function parseJson(text: string, { allowNonFinite = false }: ParseJsonOptions = {}): JsonValue {
  if (!needsLosslessParse.test(text)) {
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      // Fall through: the lossless parser reports where and why.
    }
  }
  return new LosslessParser(text, allowNonFinite).parseDocument();
}

const numberPattern = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const whitespace = new Set([0x20, 0x09, 0x0a, 0x0d]);

class LosslessParser {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly allowNonFinite: boolean,
  ) {}

  parseDocument(): JsonValue {
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.index < this.text.length) {
      this.fail("unexpected text after the JSON value");
    }
    return value;
  }

  private parseValue(): JsonValue {
    this.skipWhitespace();
    const code = this.text.charCodeAt(this.index);
    switch (code) {
      case 0x7b:
        return this.parseObject();
      case 0x5b:
        return this.parseArray();
      case 0x22:
        return this.parseString();
      case 0x74:
        return this.parseLiteral("true", true);
      case 0x66:
        return this.parseLiteral("false", false);
      case 0x6e:
        return this.parseLiteral("null", null);
      case 0x4e:
        return this.parseNonFinite("NaN", Number.NaN);
      case 0x49:
        return this.parseNonFinite("Infinity", Number.POSITIVE_INFINITY);
      default:
        if (code === 0x2d && this.text.startsWith("-Infinity", this.index)) {
          return this.parseNonFinite("-Infinity", Number.NEGATIVE_INFINITY);
        }
        if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
          return this.parseNumber();
        }
        return this.fail(Number.isNaN(code) ? "unexpected end of input" : "unexpected character");
    }
  }

  private parseObject(): JsonObject {
    const result: JsonObject = {};
    this.index++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.index) === 0x7d) {
      this.index++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.index) !== 0x22) {
        this.fail("expected a property name in double quotes");
      }
      const key = this.parseString();
      this.skipWhitespace();
      this.expect(0x3a, "expected ':' after a property name");
      const value = this.parseValue();
      setOwnKey(result, key, value);
      this.skipWhitespace();
      const code = this.text.charCodeAt(this.index++);
      if (code === 0x7d) {
        return result;
      }
      if (code !== 0x2c) {
        this.index--;
        this.fail("expected ',' or '}' in an object");
      }
    }
  }

  private parseArray(): JsonValue[] {
    const result: JsonValue[] = [];
    this.index++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.index) === 0x5d) {
      this.index++;
      return result;
    }
    for (;;) {
      result.push(this.parseValue());
      this.skipWhitespace();
      const code = this.text.charCodeAt(this.index++);
      if (code === 0x5d) {
        return result;
      }
      if (code !== 0x2c) {
        this.index--;
        this.fail("expected ',' or ']' in an array");
      }
    }
  }

  private parseString(): string {
    const start = this.index;
    let end = start + 1;
    for (;;) {
      const code = this.text.charCodeAt(end);
      if (Number.isNaN(code)) {
        this.index = start;
        this.fail("unterminated string");
      }
      if (code === 0x5c) {
        end += 2;
      } else if (code === 0x22) {
        break;
      } else if (code < 0x20) {
        this.index = end;
        this.fail("control character in a string");
      } else {
        end++;
      }
    }
    this.index = end + 1;
    try {
      return JSON.parse(this.text.slice(start, end + 1)) as string;
    } catch {
      this.index = start;
      return this.fail("invalid escape in a string");
    }
  }

  private parseNumber(): JsonValue {
    numberPattern.lastIndex = this.index;
    const match = numberPattern.exec(this.text);
    if (match === null) {
      return this.fail("invalid number");
    }
    const literal = match[0];
    this.index += literal.length;
    const value = Number(literal);
    if (match[1] !== undefined || match[2] !== undefined) {
      return Number.isInteger(value) ? new JsonFloat(value) : value;
    }
    return Number.isSafeInteger(value) ? value : BigInt(literal);
  }

  private parseLiteral<T extends JsonValue>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.index)) {
      this.fail(`unexpected character (did you mean ${word}?)`);
    }
    this.index += word.length;
    return value;
  }

  private parseNonFinite(word: string, value: number): number {
    if (!this.allowNonFinite) {
      this.fail(`${word} is not JSON (pass allowNonFinite to accept it as Python does)`);
    }
    return this.parseLiteral(word, value);
  }

  private skipWhitespace(): void {
    while (whitespace.has(this.text.charCodeAt(this.index))) {
      this.index++;
    }
  }

  private expect(code: number, reason: string): void {
    if (this.text.charCodeAt(this.index) !== code) {
      this.fail(reason);
    }
    this.index++;
  }

  private fail(reason: string): never {
    throw new JsonParseError({ reason, text: this.text, position: this.index });
  }
}
