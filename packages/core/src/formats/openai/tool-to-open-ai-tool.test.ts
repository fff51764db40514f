import { describe, expect, it } from "vitest";
import { JsonFloat } from "../../json/json-float.js";
import { parseJson } from "../../json/parse-json.js";
import type { Tool } from "../../schemas/tool.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { jsonText, parallelExample, strictExample } from "./__fixtures__/examples.js";
import { openAiToolToTool } from "./open-ai-tool-to-tool.js";
import { toolToOpenAiTool } from "./tool-to-open-ai-tool.js";

function native({ name, description, parameters }: Tool): Tool {
  return { name, description, parameters };
}

describe("toolToOpenAiTool / openAiToolToTool", () => {
  const tools = [...parallelExample.tools, ...strictExample.tools];

  it.each(tools.map((tool) => [tool.name, tool] as const))(
    "gives %s back (without the canonical-only fields)",
    (_, tool) => {
      expect(openAiToolToTool(toolToOpenAiTool(tool))).toStrictEqual(native(tool));
    },
  );

  it("writes the OpenAI shape, moving the strict flag out of the parameters", () => {
    expect(jsonText(toolToOpenAiTool(strictExample.tools[0] as Tool))).toBe(
      '{"type":"function","function":{"name":"shorten_url","description":"Shorten a URL.","parameters":{"type":"object","properties":{"url":{"type":"string","format":"uri"}},"required":["url"],"additionalProperties":false},"strict":true}}',
    );
  });

  it("leaves out an empty description and bare object parameters", () => {
    expect(
      toolToOpenAiTool({ name: "list_holidays", description: "", parameters: { type: "object" } }),
    ).toStrictEqual({
      type: "function",
      function: { name: "list_holidays" },
    });
  });

  it("keeps floats in schemas", () => {
    const tool = openAiToolToTool(toolToOpenAiTool(parallelExample.tools[1] as Tool));
    const amount = tool.parameters.properties?.amount;
    expect(JsonFloat.isInstance(amount?.default)).toBe(true);
  });

  it.each([
    '{"type":"function","function":{"name":"get_current_weather","description":"Get the current weather","parameters":{"type":"object","properties":{"location":{"type":"string","description":"The city and country, eg. San Francisco, USA"},"format":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["location","format"]}}}',
    '{"type":"function","function":{"name":"now","strict":null}}',
    '{"type":"function","function":{"name":"ping","description":"Check the service.","parameters":{"type":"object","properties":{}},"strict":false}}',
  ])("reads and writes back %s", (text) => {
    expect(jsonText(toolToOpenAiTool(openAiToolToTool(parseJson(text))))).toBe(text);
  });

  it("reads a function without description or parameters", () => {
    expect(openAiToolToTool({ type: "function", function: { name: "now" } })).toStrictEqual({
      name: "now",
      description: "",
      parameters: { type: "object" },
    });
  });

  it.each([
    [{ type: "function", function: { name: "" } }, "function.name"],
    [{ type: "tool", function: { name: "x" } }, "type"],
    [
      { type: "function", function: { name: "x", parameters: { type: "array" } } },
      "function.parameters.type",
    ],
    [
      {
        type: "function",
        function: { name: "x", parameters: { type: "object", properties: { a: { type: 3 } } } },
      },
      "function.parameters.properties.a.type",
    ],
    [
      { type: "function", function: { name: "x", parameters: { type: "object", "x-openai-strict": true } } },
      "function.parameters.x-openai-strict",
    ],
  ])("names the field of a malformed tool %#", (wire, field) => {
    expect(conversionErrorOf(() => openAiToolToTool(wire, { row: 4 }))).toMatchObject({
      format: "openai",
      row: 4,
      field,
    });
  });
});
