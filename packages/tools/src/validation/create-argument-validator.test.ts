import { JsonFloat, type JsonSchema, parseJson } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { createArgumentValidator } from "./create-argument-validator.js";

const schema: JsonSchema = {
  type: "object",
  properties: {
    limit: { type: "integer", minimum: 1 },
    ratio: { type: "number" },
    tags: { type: "array", items: { type: "integer" } },
    when: { type: "string", format: "date" },
    nested: { type: "object", properties: { count: { anyOf: [{ type: "integer" }, { type: "null" }] } } },
    either: { anyOf: [{ type: "integer" }, { type: "number" }] },
    unit: { type: "string", enum: ["c", "f"] },
  },
  required: ["limit"],
  additionalProperties: false,
};

describe("createArgumentValidator", () => {
  const validator = createArgumentValidator();
  const check = (text: string) => validator.validate(schema, parseJson(text));

  it("accepts values that match, floats where numbers are allowed included", () => {
    expect(
      check('{"limit": 3, "ratio": 2.0, "tags": [1, 2], "when": "2024-02-29", "either": 1.0, "unit": "c"}')
        .success,
    ).toBe(true);
  });

  it.each([
    ['{"limit": 5.0}', "$.limit must be integer"],
    ['{"limit": 1, "tags": [1, 2.0]}', "$.tags[1] must be integer"],
    ['{"limit": 1, "nested": {"count": 3.0}}', "$.nested.count must be integer"],
    ['{"limit": true}', "$.limit must be integer"],
    ['{"limit": "5"}', "$.limit must be integer"],
    ['{"limit": 0}', "$.limit must be >= 1"],
    ['{"limit": 1, "when": "29/02/2024"}', '$.when must match format "date"'],
    ['{"limit": 1, "unit": "k"}', '$.unit must be one of ["c","f"]'],
    ['{"limit": 1, "colour": "red"}', "unknown argument 'colour'"],
    ["{}", "missing required argument 'limit'"],
  ])("rejects %s: %s", (text, message) => {
    const checked = check(text);
    expect(checked.success).toBe(false);
    expect(!checked.success && checked.error.message).toContain(message);
  });

  it("compiles each distinct schema once and reports broken schemas as TypeErrors", () => {
    expect(() => validator.compile({ type: "object", properties: { x: { type: "integr" } } })).toThrow(
      TypeError,
    );
    expect(validator.validate({ type: "integer" }, new JsonFloat(2)).success).toBe(false);
  });
});
