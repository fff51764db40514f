import { describe, expect, it } from "vitest";
import { JsonFloat } from "../../json/json-float.js";
import type { JsonValue } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import { stringifyJson } from "../../json/stringify-json.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import {
  type BfclExpectedCalls,
  bfclAnswerToExpectedCalls,
  bfclExpectedCallsSchema,
  expectedCallsToBfclAnswer,
} from "./bfcl-answer.js";

const roundTrip = (line: string): string =>
  stringifyJson(
    expectedCallsToBfclAnswer(bfclAnswerToExpectedCalls(parseJson(line))) as unknown as JsonValue,
  );

describe("bfclAnswerToExpectedCalls", () => {
  it("keeps option lists verbatim, the optional marker included (simple_python_0)", () => {
    const line =
      '{"id": "simple_python_0", "ground_truth": [{"calculate_triangle_area": {"base": [10], "height": [5], "unit": ["units", ""]}}]}';
    expect(bfclAnswerToExpectedCalls(parseJson(line))).toEqual({
      id: "simple_python_0",
      calls: [
        { name: "calculate_triangle_area", arguments: { base: [10], height: [5], unit: ["units", ""] } },
      ],
    });
    expect(roundTrip(line)).toBe(stringifyJson(parseJson(line)));
  });

  it("round-trips parallel calls, nested dict options and whole-valued floats", () => {
    const lines = [
      '{"id": "parallel_0", "ground_truth": [{"spotify.play": {"artist": ["Taylor Swift"], "duration": [20]}}, {"spotify.play": {"artist": ["Maroon 5"], "duration": [15]}}]}',
      '{"id": "live_simple_40-17-0", "ground_truth": [{"ThinQ_Connect": {"body": [{"airConJobMode": ["AIR_CLEAN"], "windStrength": ["HIGH"], "monitoringEnabled": [true], "airCleanOperationMode": ["POWER_ON"], "powerSaveEnabled": ["", false], "coolTargetTemperature": ["", 24], "targetTemperature": ["", 22]}]}}]}',
      '{"id": "simple_java_64", "ground_truth": [{"DateScriptFieldType.createFieldType": {"name": ["timestamp"], "factory": ["dateFactory"], "script": ["dateScript"], "meta": [{"format": "epoch_millis"}], "onScriptError": ["FAIL"]}}]}',
      '{"id": "simple_python_87", "ground_truth": [{"array_sort": {"list": [[5.0, 3.0, 4.0, 1.0, 2.0]], "order": ["ascending"]}}]}',
    ];
    for (const line of lines) {
      const expected = bfclAnswerToExpectedCalls(parseJson(line));
      bfclExpectedCallsSchema.parse(expected);
      expect(roundTrip(line)).toBe(stringifyJson(parseJson(line)));
    }
    const floats = bfclAnswerToExpectedCalls(parseJson(lines[3] ?? "")).calls[0]?.arguments.list;
    expect(floats).toEqual([
      [new JsonFloat(5), new JsonFloat(3), new JsonFloat(4), new JsonFloat(1), new JsonFloat(2)],
    ]);
    expect(roundTrip(lines[3] ?? "")).toContain("[[5.0,3.0,4.0,1.0,2.0]]");
  });

  it("names the row and field of a malformed line", () => {
    const cases: [string, string | undefined, string, RegExp][] = [
      ['{"id": "a_1", "ground_truth": [{"f": {"x": [1]}, "g": {}}]}', "a_1", "ground_truth[0]", /one key/],
      ['{"id": "a_2", "ground_truth": ["f(x=1)"]}', "a_2", "ground_truth[0]", /multi-turn/],
      [
        '{"id": "a_3", "ground_truth": [{"calc": {"base": 10}}]}',
        "a_3",
        "ground_truth[0].calc.base",
        /must be a list/,
      ],
      [
        '{"id": "a_4", "ground_truth": [{"calc": [10]}]}',
        "a_4",
        "ground_truth[0].calc",
        /object of option lists/,
      ],
      ['{"id": "a_5", "ground_truth": {"calc": {}}}', "a_5", "ground_truth", /list of calls/],
      [
        '{"id": "a_6", "ground_truth": [{"math.calc": {"base": 10}}]}',
        "a_6",
        'ground_truth[0]["math.calc"].base',
        /must be a list/,
      ],
      [
        '{"id": "exec_simple_0", "ground_truth": [], "execution_result_type": ["exact_match"]}',
        "exec_simple_0",
        "execution_result_type",
        /unknown key/,
      ],
      ['{"ground_truth": []}', undefined, "id", /string id/],
    ];
    for (const [line, row, field, reason] of cases) {
      const error = conversionErrorOf(() => bfclAnswerToExpectedCalls(parseJson(line)));
      expect([error.format, error.row, error.field]).toEqual(["bfcl", row, field]);
      expect(error.message).toMatch(reason);
    }
    expect(() => bfclAnswerToExpectedCalls(parseJson('{"ground_truth": []}'), { row: 12 })).toThrow(
      /row 12, field id/,
    );
  });
});

describe("expectedCallsToBfclAnswer", () => {
  it("gives canonical → BFCL → canonical identity", () => {
    const expected: BfclExpectedCalls = {
      id: "parallel_multiple_0",
      calls: [
        {
          name: "math_toolkit.sum_of_multiples",
          arguments: { lower_limit: [1], upper_limit: [1000], multiples: [[3, 5]] },
        },
        {
          name: "math_toolkit.product_of_primes",
          arguments: { count: [5, new JsonFloat(5)], note: ["", { k: ["v"] }] },
        },
        { name: "__proto__", arguments: Object.fromEntries([["__proto__", [1]]]) },
      ],
    };
    expect(bfclAnswerToExpectedCalls(expectedCallsToBfclAnswer(expected))).toEqual(expected);
    expect(stringifyJson(expectedCallsToBfclAnswer(expected) as unknown as JsonValue)).toContain(
      '{"__proto__":{"__proto__":[1]}}',
    );
  });

  it("refuses an argument whose options are not a list", () => {
    const broken = { id: "x_1", calls: [{ name: "f", arguments: { a: 1 } }] } as unknown as BfclExpectedCalls;
    expect(() => expectedCallsToBfclAnswer(broken)).toThrow(/row x_1, field calls\[0\]\.arguments\.a/);
  });
});
