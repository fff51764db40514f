import type { Tool } from "@apigen/core";
import { createArgumentValidator } from "@apigen/tools";
import { describe, expect, it } from "vitest";
import { checkFormat } from "./check-format.js";
import { parseCandidates } from "./parse-candidates.js";

const searchFlights: Tool = {
  name: "search_flights",
  description: "Search flights between two airports.",
  parameters: {
    type: "object",
    properties: {
      origin: { type: "string", pattern: "^[A-Z]{3}$" },
      destination: { type: "string", pattern: "^[A-Z]{3}$" },
      date: { type: "string", format: "date" },
      passengers: { type: "integer", minimum: 1, maximum: 9 },
      cabin: { type: "string", enum: ["economy", "business"] },
      filters: { type: "object", properties: { max_stops: { type: "integer" } } },
    },
    required: ["origin", "destination", "date"],
  },
};
const validator = createArgumentValidator();

function verdict(text: string, style?: "simple" | "parallel" | "no_call") {
  const parsed = parseCandidates(text);
  if (!parsed.success) {
    return { stage: "format", pass: false, reason: parsed.error.reason, path: parsed.error.path };
  }
  const [candidate] = parsed.value;
  if (candidate === undefined) {
    throw new Error("no candidate");
  }
  const { detail: _detail, ...rest } = checkFormat(
    { candidate, tools: [searchFlights], ...(style ? { style } : {}) },
    validator,
  );
  return rest;
}

const call = (args: string) =>
  `{"query": "q", "answers": [{"name": "search_flights", "arguments": ${args}}]}`;
const valid = '{"origin": "SFO", "destination": "JFK", "date": "2025-03-01"}';

describe("the format stage", () => {
  it("passes a correct candidate, fenced or not, with answer or answers, alone or in a list", () => {
    expect(verdict(call(valid), "simple")).toEqual({ stage: "format", pass: true, reason: "ok" });
    expect(verdict(`Here you go:\n\`\`\`json\n[${call(valid)}]\n\`\`\``)).toMatchObject({ pass: true });
    expect(verdict(call(valid).replace('"answers"', '"answer"'))).toMatchObject({ pass: true });
  });

  it.each([
    ["not json at all", "invalid_json", "$"],
    ['{"answers": []}', "missing_field", "$.query"],
    ['{"query": "  ", "answers": []}', "empty_query", "$.query"],
    ['{"query": "q"}', "missing_field", "$.answers"],
    [
      '{"query": "q", "answers": [{"name": "search_flights", "arguments": "{}"}]}',
      "invalid_call",
      "$.answers[0].arguments",
    ],
    ["[]", "no_candidates", "$"],
  ])("refuses %s as %s at %s", (text, reason, path) => {
    expect(verdict(text)).toMatchObject({ pass: false, reason, path });
  });

  it.each([
    ['{"name": "book_hotel", "arguments": {}}', "unknown_tool", "$.answers[0].name"],
    [
      `{"name": "search_flights", "arguments": ${valid.replace("}", ', "seat": "12A"}')}}`,
      "unknown_argument",
      "$.answers[0].arguments.seat",
    ],
    [
      '{"name": "search_flights", "arguments": {"origin": "SFO", "date": "2025-03-01"}}',
      "missing_required",
      "$.answers[0].arguments.destination",
    ],
    [
      `{"name": "search_flights", "arguments": ${valid.replace("}", ', "passengers": 2.0}')}}`,
      "type_mismatch",
      "$.answers[0].arguments.passengers",
    ],
    [
      `{"name": "search_flights", "arguments": ${valid.replace("}", ', "passengers": "2"}')}}`,
      "type_mismatch",
      "$.answers[0].arguments.passengers",
    ],
    [
      `{"name": "search_flights", "arguments": ${valid.replace("}", ', "passengers": true}')}}`,
      "type_mismatch",
      "$.answers[0].arguments.passengers",
    ],
    [
      `{"name": "search_flights", "arguments": ${valid.replace("}", ', "passengers": 12}')}}`,
      "range_violation",
      "$.answers[0].arguments.passengers",
    ],
    [
      `{"name": "search_flights", "arguments": ${valid.replace("}", ', "cabin": "first"}')}}`,
      "enum_violation",
      "$.answers[0].arguments.cabin",
    ],
    [
      '{"name": "search_flights", "arguments": {"origin": "SFO", "destination": "JFK", "date": "March 1"}}',
      "format_violation",
      "$.answers[0].arguments.date",
    ],
    [
      '{"name": "search_flights", "arguments": {"origin": "sfo", "destination": "JFK", "date": "2025-03-01"}}',
      "pattern_violation",
      "$.answers[0].arguments.origin",
    ],
    [
      `{"name": "search_flights", "arguments": ${valid.replace("}", ', "filters": {"max_stops": 1.0}}')}}`,
      "type_mismatch",
      "$.answers[0].arguments.filters.max_stops",
    ],
  ])("rejects the call %s as %s at %s", (callText, reason, path) => {
    expect(verdict(`{"query": "q", "answers": [${callText}]}`)).toMatchObject({ pass: false, reason, path });
  });

  it("reads a list wrapped in a one-key object, and keeps thought and response", () => {
    const pair = '{"query": "Hi", "answers": [], "thought": "t", "response": "Hello."}';
    const parsed = parseCandidates(`{"pairs": [${pair}, ${pair}]}`);
    expect(parsed).toEqual({
      success: true,
      value: [
        { query: "Hi", answers: [], thought: "t", response: "Hello." },
        { query: "Hi", answers: [], thought: "t", response: "Hello." },
      ],
    });
    expect(parseCandidates('{"pairs": [], "note": 1}')).toMatchObject({
      success: false,
      error: { reason: "missing_field" },
    });
  });

  it("checks the number of calls against the style asked for", () => {
    expect(verdict(call(valid), "parallel")).toMatchObject({
      pass: false,
      reason: "wrong_call_count",
      path: "$.answers",
    });
    expect(verdict(call(valid), "no_call")).toMatchObject({ pass: false, reason: "wrong_call_count" });
    expect(
      verdict('{"query": "Which city?", "answers": [], "response": "I cannot do that."}', "no_call"),
    ).toMatchObject({ pass: true });
    expect(verdict('{"query": "Which city?", "answers": []}', "no_call")).toMatchObject({
      pass: false,
      reason: "missing_response",
      path: "$.response",
    });
  });
});
