import { describe, expect, it } from "vitest";
import { candidateId } from "./candidate-id.js";
import { candidateRecordSchema } from "./candidate-record.js";

describe("candidateRecordSchema", () => {
  it("accepts a duplicate that passed every stage, and numbers candidates", () => {
    expect(candidateId({ prompt: 123, candidate: 2 })).toBe("000123.2");
    expect(candidateId({ prompt: 1_234_567, candidate: 10 })).toBe("1234567.10");
    const record = {
      id: "000123.2",
      prompt: 123,
      promptId: "simple/concise",
      style: "simple",
      category: "Finance",
      tools: ["calculate_loan_payment"],
      candidate: {
        query: "Monthly payment?",
        answers: [{ name: "calculate_loan_payment", arguments: { principal: 1 } }],
      },
      verdicts: [
        { stage: "format", pass: true, reason: "ok" },
        { stage: "execution", pass: true, reason: "ok" },
        { stage: "semantic", pass: true, reason: "ok" },
      ],
      accepted: false,
      duplicate: { reason: "exact_duplicate", of: "000007.1" },
      at: "2026-01-01T00:00:00.000Z",
    };
    expect(candidateRecordSchema.parse(record)).toEqual(record);
  });

  it("rejects a malformed id or style", () => {
    const bad = candidateRecordSchema.safeParse({
      id: "123-2",
      prompt: 123,
      promptId: "p",
      style: "chatty",
      category: "c",
      tools: [],
      verdicts: [],
      accepted: false,
      at: "",
    });
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual(["id", "style"]);
  });
});
