import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import { createRandom } from "../random/create-random.js";
import { jsonEqual } from "./json-equal.js";
import { JsonFloat } from "./json-float.js";
import { isJsonFloat, isJsonInteger, type JsonValue, jsonValueSchema } from "./json-value.js";
import { parseJson } from "./parse-json.js";
import { safeParseJson } from "./safe-parse-json.js";
import { pythonFloatRepr, stringifyJson } from "./stringify-json.js";
import { toPlainJson } from "./to-plain-json.js";

describe("parseJson", () => {
  it("keeps integers and whole-valued floats apart", () => {
    const value = parseJson(
      '{"int": 5, "float": 5.0, "exp": 1e3, "frac": 5.5, "neg": -0.0, "list": [2, 2.00]}',
    );
    expect(value).toEqual({
      int: 5,
      float: new JsonFloat(5),
      exp: new JsonFloat(1000),
      frac: 5.5,
      neg: new JsonFloat(-0),
      list: [2, new JsonFloat(2)],
    });
    const record = value as Record<string, JsonValue>;
    expect(isJsonInteger(record.int)).toBe(true);
    expect(isJsonFloat(record.float)).toBe(true);
    expect(isJsonFloat(record.frac)).toBe(true);
    expect(isJsonInteger(record.float)).toBe(false);
  });

  it("keeps integers beyond 2^53 exact as bigint", () => {
    expect(parseJson("[9007199254740993, -12345678901234567890, 9007199254740991]")).toEqual([
      9007199254740993n,
      -12345678901234567890n,
      9007199254740991,
    ]);
  });

  it("agrees with JSON.parse on text without whole-valued floats", () => {
    const random = createRandom("json-fuzz");
    const build = (depth: number): unknown => {
      const kind = random.int(0, depth > 3 ? 3 : 5);
      switch (kind) {
        case 0:
          return random.int(-1e6, 1e6);
        case 1:
          return random.int(-1e6, 1e6) + 0.25;
        case 2:
          return random.pick(["", 'a"b\\c', "üñí\u2028", "line\nbreak", "5.0", "1e3", true, false, null]);
        case 3:
          return `s${random.int(0, 99)}`;
        case 4:
          return Array.from({ length: random.int(0, 4) }, () => build(depth + 1));
        default:
          return Object.fromEntries(
            Array.from({ length: random.int(0, 4) }, (_, index) => [`k${index}`, build(depth + 1)]),
          );
      }
    };
    for (let sample = 0; sample < 300; sample++) {
      const text = JSON.stringify(build(0), null, sample % 2 === 0 ? undefined : 2);
      expect(parseJson(text)).toEqual(JSON.parse(text));
    }
  });

  it("takes the last of duplicate keys and keeps __proto__ as plain data", () => {
    const value = parseJson('{"a": 1.0, "a": 2, "__proto__": {"polluted": 1.0}}') as Record<string, unknown>;
    expect(value.a).toBe(2);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{"a": 1,}', 1, 9, /expected a property name/],
    ["[1, 2.0", 1, 8, /expected ',' or '\]'/],
    ['{"a":\n  tru}', 2, 3, /did you mean true/],
    ['"unterminated', 1, 1, /unterminated string/],
    ["[1.0] x", 1, 7, /after the JSON value/],
    ["", 1, 1, /end of input/],
    ["[NaN, 1.0]", 1, 2, /allowNonFinite/],
    ['["bad \\x escape", 1.0]', 1, 2, /invalid escape/],
  ])("reports where %j breaks", (text, line, column, reason) => {
    const error = (() => {
      try {
        parseJson(text);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(JsonParseError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ line, column });
    expect((error as Error).message).toMatch(reason);
  });

  it("accepts NaN and Infinity only when asked, as Python does", () => {
    expect(parseJson("[NaN, Infinity, -Infinity]", { allowNonFinite: true })).toEqual([
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
  });
});

describe("stringifyJson", () => {
  it("round-trips number kinds", () => {
    const text = '{"a":5,"b":5.0,"c":1e+21,"d":12345678901234567890,"e":-0.0,"f":0.1,"g":1e21}';
    const value = parseJson(text);
    expect(stringifyJson(value)).toBe(
      '{"a":5,"b":5.0,"c":1e+21,"d":12345678901234567890,"e":-0.0,"f":0.1,"g":1e+21}',
    );
    expect(jsonEqual(parseJson(stringifyJson(value)), value)).toBe(true);
    expect(stringifyJson(1e21)).toBe("1000000000000000000000");
  });

  it("sorts keys at every depth when asked, keeping floats and leaving undefined out", () => {
    const value = { b: [{ z: 1, a: new JsonFloat(2) }], a: { d: undefined, c: "x", B: true } };
    expect(stringifyJson(value, { sortKeys: true })).toBe('{"a":{"B":true,"c":"x"},"b":[{"a":2.0,"z":1}]}');
    expect(stringifyJson({ y: 1, x: 2 }, { sortKeys: true })).toBe(stringifyJson({ x: 2, y: 1 }));
  });

  it("writes like Python's json.dumps in python style", () => {
    const value = { a: [1, new JsonFloat(2), "é中"], b: {}, c: [] };
    expect(stringifyJson(value, { style: "python", ensureAscii: true })).toBe(
      '{"a": [1, 2.0, "\\u00e9\\u4e2d"], "b": {}, "c": []}',
    );
    expect(stringifyJson(value, { style: "python" })).toBe('{"a": [1, 2.0, "é中"], "b": {}, "c": []}');
  });

  it("formats floats exactly as Python's repr", () => {
    const cases: Array<[number, string]> = [
      [1e-5, "1e-05"],
      [0.0001, "0.0001"],
      [1e16, "1e+16"],
      [123456789012345.6, "123456789012345.6"],
      [1.5e300, "1.5e+300"],
      [-0, "-0.0"],
      [0.1, "0.1"],
      [100, "100.0"],
      [1e15, "1000000000000000.0"],
      [2.5e-7, "2.5e-07"],
      [-3.25, "-3.25"],
      [5e-324, "5e-324"],
      [1.7976931348623157e308, "1.7976931348623157e+308"],
      [9999999999999998, "9999999999999998.0"],
    ];
    for (const [number, expected] of cases) {
      expect(pythonFloatRepr(number)).toBe(expected);
    }
  });

  it("indents, leaves out undefined properties and refuses what is not JSON", () => {
    expect(stringifyJson({ a: [1], b: undefined } as unknown as JsonValue, { indent: 2 })).toBe(
      '{\n  "a": [\n    1\n  ]\n}',
    );
    expect(() => stringifyJson(Number.NaN)).toThrow(/allowNonFinite/);
    expect(stringifyJson([Number.NaN], { allowNonFinite: true })).toBe("[NaN]");
    expect(() => stringifyJson((() => 1) as unknown as JsonValue)).toThrow(/function/);
  });
});

describe("jsonEqual", () => {
  it("tells integers, floats and booleans apart and ignores key order", () => {
    expect(jsonEqual(5, new JsonFloat(5))).toBe(false);
    expect(jsonEqual(new JsonFloat(5), new JsonFloat(5))).toBe(true);
    expect(jsonEqual(5.5, new JsonFloat(5.5))).toBe(true);
    expect(jsonEqual(1, true)).toBe(false);
    expect(jsonEqual(9007199254740993n, 9007199254740993n)).toBe(true);
    expect(jsonEqual(2n, 2)).toBe(true);
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
  });
});

describe("safeParseJson", () => {
  const callSchema = z.object({ name: z.string(), arguments: z.record(z.string(), jsonValueSchema) });

  it("returns the validated value", () => {
    const parsed = safeParseJson({ text: '{"name": "f", "arguments": {"x": 1.0}}', schema: callSchema });
    expect(parsed).toEqual({ success: true, value: { name: "f", arguments: { x: new JsonFloat(1) } } });
  });

  it("returns bad JSON and wrong shapes as errors, not exceptions", () => {
    const broken = safeParseJson({ text: '{"name": ', schema: callSchema });
    expect(broken.success).toBe(false);
    expect(!broken.success && JsonParseError.isInstance(broken.error)).toBe(true);
    const wrong = safeParseJson({ text: '{"name": 3, "arguments": {}}', schema: callSchema });
    expect(wrong.success).toBe(false);
    expect(!wrong.success && wrong.error instanceof z.ZodError && wrong.error.issues[0]?.path).toEqual([
      "name",
    ]);
  });
});

describe("toPlainJson", () => {
  it("unwraps float marks and big integers into plain numbers without touching the input", () => {
    const input = parseJson('{"a": 5.0, "b": [1, 2.5, 12345678901234567890], "__proto__": {"c": 1.0}}');
    const plain = toPlainJson(input) as Record<string, unknown>;
    expect(plain.a).toBe(5);
    expect(plain.b).toEqual([1, 2.5, Number(12345678901234567890n)]);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect((input as Record<string, unknown>).a).toEqual(new JsonFloat(5));
  });
});

describe("stringifyJson fast path", () => {
  it("writes plain values exactly as JSON.stringify does", () => {
    const random = createRandom("stringify-fast-path");
    for (let sample = 0; sample < 200; sample++) {
      const value = {
        n: random.int(-1e9, 1e9) / (random.int(0, 1) === 0 ? 1 : 7),
        s: random.pick(["", "ü", 'a"b', "\u2028", "x".repeat(random.int(0, 5))]),
        l: [random.int(0, 1) === 0, null, { deep: [random.next()] }],
      };
      expect(stringifyJson(value)).toBe(JSON.stringify(value));
    }
  });
});
