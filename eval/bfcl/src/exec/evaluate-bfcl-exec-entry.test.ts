import { describe, expect, it } from "vitest";
import { decodeExecAnswer } from "./evaluate-bfcl-exec-entry.js";

describe("decodeExecAnswer", () => {
  it("maps names sent with _ for . back to the entry's names, and leaves unknown names alone", () => {
    const decoded = decodeExecAnswer(
      { format: "function-calling", output: [{ math_gcd: '{"a": 4}' }, { other_tool: "{}" }] },
      ["math.gcd", "math_lcm"],
    );
    expect(decoded).toEqual({
      calls: [
        { name: "math.gcd", arguments: { a: 4 } },
        { name: "other_tool", arguments: {} },
      ],
    });
  });

  it("classifies what does not decode, and an answer with no call", () => {
    expect(decodeExecAnswer({ format: "function-calling", output: "no call" }, [])).toMatchObject({
      verdict: { errorType: "executable_decoder:decoder_failed" },
    });
    expect(decodeExecAnswer({ format: "python", output: "[]" }, [])).toMatchObject({
      verdict: { errorType: "executable_decoder:wrong_output_format" },
    });
  });
});
