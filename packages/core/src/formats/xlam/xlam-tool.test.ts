import { describe, expect, it } from "vitest";
import { parseJson } from "../../json/parse-json.js";
import { stringifyJson } from "../../json/stringify-json.js";
import type { Tool } from "../../schemas/tool.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { toolToXlamTool, xlamToolSchema, xlamToolToTool } from "./xlam-tool.js";

const python = (value: Parameters<typeof stringifyJson>[0]) => stringifyJson(value, { style: "python" });

/** xLAM tool text → canonical → xLAM tool text, compared as text (key order included). */
function roundTrip(text: string): { tool: Tool; text: string } {
  const tool = xlamToolToTool(parseJson(text));
  return { tool, text: python(toolToXlamTool(tool)) };
}

describe("xlamToolToTool / toolToXlamTool", () => {
  it("reads an explicit required flag and keeps it, even against the optional modifier", () => {
    const text =
      '{"name": "f", "description": "d", "parameters": {"a": {"description": "A.", "type": "str, optional", "required": true}, "b": {"type": "int", "required": false}, "c": {"type": "bool, optional"}}}';
    const { tool, text: back } = roundTrip(text);
    expect(tool.parameters).toEqual({
      type: "object",
      properties: {
        a: { type: "string", description: "A.", "x-xlam-required": true, "x-xlam-type": "str, optional" },
        b: { type: "integer", "x-xlam-required": false },
        c: { type: "boolean" },
      },
      required: ["a"],
    });
    expect(back).toBe(text);
  });

  it("keeps a default written both as a key and in the type string", () => {
    const text =
      '{"name": "f", "description": "d", "parameters": {"n": {"type": "int, default=5", "default": 5}, "m": {"type": "int, default=5", "default": 6}, "k": {"type": "int, default=5"}}}';
    const { tool, text: back } = roundTrip(text);
    expect(tool.parameters.properties?.n).toEqual({
      type: "integer",
      default: 5,
      "x-xlam-default": true,
      "x-xlam-type": "int, default=5",
    });
    expect(tool.parameters.properties?.m).toEqual({
      type: "integer",
      default: 6,
      "x-xlam-type": "int, default=5",
    });
    expect(tool.parameters.properties?.k).toEqual({
      type: "integer",
      default: 5,
      "x-xlam-type": "int, default=5",
    });
    expect(back).toBe(text);
  });

  it("keeps a default text that is not a Python literal as a string", () => {
    const { tool, text } = roundTrip(
      '{"name": "f", "description": "d", "parameters": {"d": {"type": "str, optional, default: today\'s date"}}}',
    );
    expect(tool.parameters.properties?.d?.default).toBe("today's date");
    expect(text).toContain(`"type": "str, optional, default: today's date"}`);
  });

  it("writes a valid xLAM tool and leaves out what xLAM cannot hold", () => {
    const tool: Tool = {
      name: "lookup",
      description: "Looks a word up.",
      parameters: {
        type: "object",
        properties: {
          word: { type: "string", description: "The word." },
          limit: { type: "integer", default: 3 },
        },
        required: ["word"],
        additionalProperties: false,
      },
      category: "Education",
      returns: { type: "string" },
    };
    const written = toolToXlamTool(tool);
    expect(xlamToolSchema.parse(written)).toEqual(written);
    expect(python(written)).toBe(
      '{"name": "lookup", "description": "Looks a word up.", "parameters": {"word": {"description": "The word.", "type": "str"}, "limit": {"type": "int, optional", "default": 3}}}',
    );
    const { category: _category, returns: _returns, ...kept } = tool;
    const { additionalProperties: _additional, ...parameters } = tool.parameters;
    expect(xlamToolToTool(written)).toEqual({ ...kept, parameters });
  });

  it("reads a tool without description or parameters", () => {
    expect(xlamToolToTool({ name: "ping" })).toEqual({
      name: "ping",
      description: "",
      parameters: { type: "object", properties: {} },
    });
  });

  it("keeps a parameter named __proto__ as a plain property", () => {
    const tool = xlamToolToTool(
      parseJson('{"name": "f", "description": "", "parameters": {"__proto__": {"type": "int"}}}'),
    );
    expect(Object.keys(tool.parameters.properties ?? {})).toEqual(["__proto__"]);
    expect(python(toolToXlamTool(tool))).toContain('"__proto__": {"type": "int"}');
  });

  it("prefixes error fields with the given field and names the row", () => {
    const error = conversionErrorOf(() =>
      xlamToolToTool({ name: "f", parameters: { x: { type: "Lst[int]" } } }, { row: 3, field: "tools[2]" }),
    );
    expect(error).toMatchObject({ format: "xlam", row: 3, field: "tools[2].parameters.x.type" });
    expect(error.message).toMatch(/the type string "Lst\[int\]" names the unknown type "Lst"/);
  });

  it("rejects unknown tool keys", () => {
    expect(() => xlamToolToTool({ name: "f", required: ["x"] })).toThrow(
      /field required\): is not a key of an xLAM tool/,
    );
  });
});
