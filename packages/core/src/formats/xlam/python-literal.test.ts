import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../json/json-equal.js";
import { JsonFloat } from "../../json/json-float.js";
import type { JsonValue } from "../../json/json-value.js";
import { parsePythonLiteral } from "./python-literal.js";

describe("parsePythonLiteral", () => {
  const literals: [string, JsonValue][] = [
    ["[]", []],
    ["{}", {}],
    ["'celsius'", "celsius"],
    ['"x"', "x"],
    ["'it\\'s'", "it's"],
    ["'caf\\xe9 \\u00fc'", "café ü"],
    ["'a\\\\b'", "a\\b"],
    ["10", 10],
    ["-3", -3],
    ["0.0", new JsonFloat(0)],
    ["2.5", 2.5],
    ["1e3", new JsonFloat(1000)],
    ["1.", new JsonFloat(1)],
    [".5", 0.5],
    ["12345678901234567890", 12345678901234567890n],
    ["True", true],
    ["False", false],
    ["None", null],
    ["[1, 'a', None, ]", [1, "a", null]],
    ["(1, 2)", [1, 2]],
    ["{'a': [1, 2.0], \"b\": {'c': True}}", { a: [1, new JsonFloat(2)], b: { c: true } }],
    ["  [ [ ] ]  ", [[]]],
  ];

  it.each(literals)("reads %j", (text, expected) => {
    expect(jsonEqual(parsePythonLiteral(text), expected)).toBe(true);
  });

  it("keeps 5 and 5.0 apart", () => {
    expect(parsePythonLiteral("5")).toBe(5);
    expect(JsonFloat.isInstance(parsePythonLiteral("5.0"))).toBe(true);
  });

  it.each([
    "celsius",
    "true",
    "null",
    "'unterminated",
    "[1, 2",
    "{1: 'a'}",
    "{'a' 1}",
    "[1 2]",
    "007",
    "1 2",
    "",
    "'\\x4'",
    "datetime.now()",
  ])("gives undefined for %j", (text) => {
    expect(parsePythonLiteral(text)).toBeUndefined();
  });
});
