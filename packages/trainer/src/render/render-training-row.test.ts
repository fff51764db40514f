import { parseJson, toPlainJson } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { exampleById, examples } from "./__fixtures__/examples.js";
import { checkRoundTrip } from "./check-round-trip.js";
import { parseTrainingTarget } from "./parse-training-target.js";
import { renderTrainingRow } from "./render-training-row.js";

describe("renderTrainingRow xlam-v1", () => {
  it("writes the four marked blocks and a tool_calls target ending in <|EOT|>", () => {
    const { prompt, completion } = renderTrainingRow(exampleById("simple"), "xlam-v1");
    expect(prompt).toMatchInlineSnapshot(`
      "You are an AI assistant that composes function calls. You answer only with the JSON the instruction asks for.
      ### Instruction:
      [BEGIN OF TASK INSTRUCTION]
      You are an expert in composing functions. You are given a question and a set of possible functions.
      Based on the question, make one or more function calls to achieve the purpose.
      If none of the functions can be used, point it out and refuse to answer.
      If the question lacks the parameters a function requires, point that out as well.
      [END OF TASK INSTRUCTION]

      [BEGIN OF AVAILABLE TOOLS]
      [{"name":"get_weather","description":"Current weather of a city.","parameters":{"city":{"type":"string","description":"City name","required":true},"units":{"type":"string","enum":["metric","imperial"]}}}]
      [END OF AVAILABLE TOOLS]

      [BEGIN OF FORMAT INSTRUCTION]
      Answer only with JSON of the form {"tool_calls": [{"name": "func_name1", "arguments": {"argument1": "value1", "argument2": "value2"}}, ... (more calls as needed)]}.
      Give every argument the type its parameter asks for, as a JSON value.
      When no call is needed or possible, answer {"tool_calls": []}, adding "response" with a short statement or question for the user when there is something to say, e.g. {"tool_calls": [], "response": "Which city do you mean?"}.
      [END OF FORMAT INSTRUCTION]

      [BEGIN OF QUERY]
      Weather in Paris?
      [END OF QUERY]
      ### Response:
      "
    `);
    expect(completion).toBe('{"tool_calls":[{"name":"get_weather","arguments":{"city":"Paris"}}]}<|EOT|>');
  });

  it("writes no-call and missing-argument rows as an empty list, with the words in response", () => {
    expect(renderTrainingRow(exampleById("no-call-silent"), "xlam-v1").completion).toBe(
      '{"tool_calls":[]}<|EOT|>',
    );
    expect(renderTrainingRow(exampleById("missing-argument"), "xlam-v1").completion).toBe(
      '{"tool_calls":[],"response":"Which city do you want the weather for?"}<|EOT|>',
    );
  });

  it("keeps floats as floats and uses the family's end marker", () => {
    const { completion } = renderTrainingRow(exampleById("parallel-multiple"), "xlam-v1", {
      tokenizerFamily: "chatml",
    });
    expect(completion).toContain('"amount":5.0');
    expect(completion.endsWith("}<|im_end|>")).toBe(true);
  });
});

describe("renderTrainingRow xlam-v2 and chat-template", () => {
  it("lists the tools in the system turn and answers with a plain JSON array or text", () => {
    const { prompt, completion } = renderTrainingRow(exampleById("nested"), "xlam-v2");
    expect(prompt.startsWith("<|im_start|>system\nYou are terse.\n\nYou are a helpful assistant")).toBe(true);
    expect(prompt).toContain(
      '{"name":"convert_currency","description":"Converts an amount between currencies.","parameters":{',
    );
    expect(
      prompt.endsWith("<|im_start|>user\nConvert 12 USD to JPY.<|im_end|>\n<|im_start|>assistant\n"),
    ).toBe(true);
    expect(completion).toBe(
      '[{"name":"convert_currency","arguments":{"amount":12,"from":"USD","to":"JPY"}}]<|im_end|>',
    );
    const words = renderTrainingRow(exampleById("no-call"), "xlam-v2", { tokenizerFamily: "llama3" });
    expect(words.prompt).toContain("<|start_header_id|>assistant<|end_header_id|>\n\n");
    expect(words.completion).toBe("I cannot book flights with the tools I have.<|eot_id|>");
  });

  it("writes chat rows with arguments as objects, the answer last", () => {
    const { prompt, completion } = renderTrainingRow(exampleById("parallel-multiple"), "chat-template");
    const before = toPlainJson(parseJson(prompt)) as {
      messages: unknown[];
      tools: { function: { name: string } }[];
    };
    expect(before.messages).toEqual([{ role: "user", content: exampleById("parallel-multiple").query }]);
    expect(before.tools.map((tool) => tool.function.name)).toEqual(["get_weather", "convert_currency"]);
    expect(completion).toBe(
      '{"role":"assistant","content":"","tool_calls":[{"type":"function","function":{"name":"convert_currency","arguments":{"amount":5.0,"from":"USD","to":"EUR"}}},{"type":"function","function":{"name":"get_weather","arguments":{"city":"São Paulo","units":"imperial"}}}]}',
    );
  });
});

describe("parseTrainingTarget", () => {
  it("reads calls, empty lists and responses", () => {
    expect(parseTrainingTarget('{"tool_calls": []}<|EOT|>', "xlam-v1")).toEqual({ success: true, value: [] });
    expect(parseTrainingTarget('{"tool_calls": [], "response": "Which?"}', "xlam-v1")).toEqual({
      success: true,
      value: { response: "Which?" },
    });
    expect(parseTrainingTarget('[{"name": "f", "arguments": {"a": 1}}]<|im_end|>', "xlam-v2")).toEqual({
      success: true,
      value: [{ name: "f", arguments: { a: 1 } }],
    });
    expect(parseTrainingTarget("Which city?", "xlam-v2")).toEqual({
      success: true,
      value: { response: "Which city?" },
    });
    expect(parseTrainingTarget('{"role":"assistant","content":"Hi"}', "chat-template")).toEqual({
      success: true,
      value: { response: "Hi" },
    });
  });

  it("refuses arguments written as a string, naming the field", () => {
    const parsed = parseTrainingTarget(
      '{"tool_calls": [{"name": "f", "arguments": "{\\"a\\": 1}"}]}',
      "xlam-v1",
    );
    expect(parsed.success).toBe(false);
    expect(parsed.success ? "" : parsed.error.message).toMatch(
      /^Cannot convert xlam-v1 target \(field tool_calls\.0\.arguments\)/,
    );
    const broken = parseTrainingTarget('[{"name": "f", "arguments": {}', "xlam-v2");
    expect(broken.success ? "" : broken.error.message).toMatch(/Invalid JSON/);
  });
});

describe("checkRoundTrip", () => {
  it("reads every fixture row back to its own calls in every format", () => {
    for (const format of ["xlam-v1", "xlam-v2", "chat-template"] as const) {
      for (const tokenizerFamily of ["deepseek", "chatml", "llama3"] as const) {
        expect(checkRoundTrip({ rows: examples, format, tokenizerFamily })).toEqual({
          checked: examples.length,
          failures: [],
        });
      }
    }
  });

  it("reports rows whose target cannot come back, by id", () => {
    const bracket = { ...exampleById("no-call"), id: "bracket", response: "[1, 2] are the options" };
    const { failures } = checkRoundTrip({ rows: [exampleById("simple"), bracket], format: "xlam-v2" });
    expect(failures).toEqual([
      { id: "bracket", reason: expect.stringMatching(/Invalid JSON|Cannot convert/) },
    ]);
    expect(checkRoundTrip({ rows: [bracket], format: "xlam-v1" }).failures).toEqual([]);
  });
});
