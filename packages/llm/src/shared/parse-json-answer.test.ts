import { JsonFloat } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { parseJsonAnswer } from "./parse-json-answer.js";

describe("parseJsonAnswer", () => {
  it("reads plain and fenced JSON, keeping float marks", () => {
    expect(parseJsonAnswer(' {"a": 1.0} ')).toEqual({ success: true, value: { a: new JsonFloat(1) } });
    expect(parseJsonAnswer("Here it is:\n```json\n[1, 2]\n```\nDone.")).toEqual({
      success: true,
      value: [1, 2],
    });
  });

  it("fails without throwing on text that is not JSON", () => {
    const result = parseJsonAnswer("I cannot answer that.");
    expect(result.success).toBe(false);
  });
});
