import { describe, expect, it } from "vitest";
import { ApigenError } from "../errors/apigen-error.js";
import { ConversionError } from "../errors/conversion-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { JsonFloat } from "../json/json-float.js";
import { type Example, exampleSchema, inferQueryStyle } from "./example.js";
import { stageVerdictSchema } from "./stage-verdict.js";
import { type Tool, toolSchema } from "./tool.js";

const weather: Tool = {
  name: "get_weather",
  description: "Current weather for a city.",
  parameters: {
    type: "object",
    properties: { city: { type: "string" }, unit: { type: "string", enum: ["c", "f"], default: "c" } },
    required: ["city"],
  },
  category: "Environment",
  source: { kind: "builtin" },
};
const time: Tool = { name: "get_time", description: "", parameters: { type: "object", properties: {} } };

describe("schemas", () => {
  it("accept a full example and keep float marks in arguments", () => {
    const example: Example = {
      id: "row-1",
      query: "Weather in Paris and Rome?",
      tools: [weather],
      answers: [
        { name: "get_weather", arguments: { city: "Paris" } },
        { name: "get_weather", arguments: { city: "Rome", days: new JsonFloat(1) } },
      ],
      style: "parallel",
      provenance: {
        generatorModel: "qwen2.5-7b-instruct",
        promptId: "parallel/concise",
        seed: 7,
        verdicts: [{ stage: "format", pass: true, reason: "ok" }],
        executions: [{ call: 0, name: "get_weather", status: "ok", output: { temperature: 21.5 } }],
      },
    };
    const parsed = exampleSchema.parse(example);
    expect(parsed).toEqual(example);
    expect(JsonFloat.isInstance(parsed.answers[1]?.arguments.days)).toBe(true);
  });

  it("reject what would break later stages, naming the field", () => {
    const bad = exampleSchema.safeParse({
      query: "",
      tools: [],
      answers: [{ name: "f", arguments: "{}" }],
      style: "simple",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual(["query", "answers.0.arguments"]);
    expect(toolSchema.safeParse({ ...weather, parameters: { type: "array" } }).success).toBe(false);
    expect(exampleSchema.safeParse({ query: "q", tools: [], answers: [], style: "chatty" }).success).toBe(
      false,
    );
    expect(
      stageVerdictSchema.safeParse({ stage: "format", pass: false, reason: "Type Mismatch" }).success,
    ).toBe(false);
    expect(stageVerdictSchema.safeParse({ stage: "judge", pass: true, reason: "ok" }).success).toBe(false);
  });

  it("infer the style from the shape of a row", () => {
    const call = (name: string) => ({ name, arguments: {} });
    expect(inferQueryStyle({ tools: [weather], answers: [call("get_weather")] })).toBe("simple");
    expect(inferQueryStyle({ tools: [weather, time], answers: [call("get_time")] })).toBe("multiple");
    expect(inferQueryStyle({ tools: [weather], answers: [call("get_weather"), call("get_weather")] })).toBe(
      "parallel",
    );
    expect(
      inferQueryStyle({ tools: [weather, time], answers: [call("get_weather"), call("get_time")] }),
    ).toBe("parallel_multiple");
    expect(inferQueryStyle({ tools: [weather], answers: [] })).toBe("no_call");
  });
});

describe("errors", () => {
  it("are recognised by marker across copies of the package, not by instanceof", () => {
    const error = new ConversionError({
      format: "xlam",
      row: 3,
      field: "tools[0].name",
      reason: "not a string",
    });
    expect(error.message).toBe("Cannot convert xlam (row 3, field tools[0].name): not a string");
    expect(ConversionError.isInstance(error)).toBe(true);
    expect(ApigenError.isInstance(error)).toBe(true);
    expect(JsonParseError.isInstance(error)).toBe(false);
    const lookalike = Object.assign(new Error("x"), { [Symbol.for("apigen.error.ConversionError")]: true });
    expect(ConversionError.isInstance(lookalike)).toBe(true);
    expect(ConversionError.isInstance(new Error("plain"))).toBe(false);
    expect(ApigenError.isInstance(null)).toBe(false);
  });
});
