import { describe, expect, it } from "vitest";
import { JsonFloat } from "../../json/json-float.js";
import type { JsonValue } from "../../json/json-value.js";
import { decodeToolOutput, encodeToolOutput } from "./encode-tool-output.js";

describe("encodeToolOutput / decodeToolOutput", () => {
  it.each<[string, JsonValue, string]>([
    ["an object", { temperature: 18.5, unit: "C" }, '{"temperature":18.5,"unit":"C"}'],
    ["a whole float", new JsonFloat(310), "310.0"],
    ["plain text", "Sunny, 22 C", "Sunny, 22 C"],
    ["text that is JSON", '{"a": 1}', '"{\\"a\\": 1}"'],
    ["text that is a number", "42", '"42"'],
    ["the empty string", "", '""'],
    ["null", null, "null"],
  ])("writes %s so that it reads back", (_, output, text) => {
    expect(encodeToolOutput(output)).toBe(text);
    expect(decodeToolOutput(text)).toStrictEqual(output);
  });

  it("reads compact and Python-style JSON as values", () => {
    expect(decodeToolOutput('{"a": [1, 2.0]}')).toStrictEqual({ a: [1, new JsonFloat(2)] });
    expect(decodeToolOutput('{"a":[1,2.0]}')).toStrictEqual({ a: [1, new JsonFloat(2)] });
  });

  it("reads JSON in any other spacing as text, so that it writes back the same", () => {
    for (const text of ['{"a":1, "b": 2}', '{ "a": 1 }', "[1,\n2]", "1e3"]) {
      expect(decodeToolOutput(text)).toBe(text);
      expect(encodeToolOutput(decodeToolOutput(text))).toBe(text);
    }
  });
});
