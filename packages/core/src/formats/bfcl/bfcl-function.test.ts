import { describe, expect, it } from "vitest";
import type { ConversionError } from "../../errors/conversion-error.js";
import { JsonFloat } from "../../json/json-float.js";
import type { JsonValue } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import { stringifyJson } from "../../json/stringify-json.js";
import { type Tool, toolSchema } from "../../schemas/tool.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { bfclFunctionToTool, toolToBfclFunction } from "./bfcl-function.js";

/** Calls `run`, expecting a BFCL ConversionError, and returns it. */
function bfclErrorOf(run: () => unknown): ConversionError {
  const error = conversionErrorOf(run);
  expect(error.format).toBe("bfcl");
  return error;
}

const spotifyPlay = parseJson(
  '{"name": "spotify.play", "description": "Play specific tracks from a given artist for a specific time duration.", "parameters": {"type": "dict", "properties": {"artist": {"type": "string", "description": "The artist whose songs you want to play."}, "duration": {"type": "integer", "description": "The duration for which the songs should be played, in minutes."}}, "required": ["artist", "duration"]}}',
);

describe("bfclFunctionToTool", () => {
  it("converts a real doc (parallel_0) and writes it back unchanged", () => {
    const tool = bfclFunctionToTool(spotifyPlay);
    expect(tool).toEqual({
      name: "spotify.play",
      description: "Play specific tracks from a given artist for a specific time duration.",
      parameters: {
        type: "object",
        properties: {
          artist: { type: "string", description: "The artist whose songs you want to play." },
          duration: {
            type: "integer",
            description: "The duration for which the songs should be played, in minutes.",
          },
        },
        required: ["artist", "duration"],
      },
    });
    expect(stringifyJson(toolToBfclFunction(tool) as JsonValue)).toBe(stringifyJson(spotifyPlay));
  });

  it("maps every BFCL type name and keeps a non-default spelling as x-bfcl-type right after type", () => {
    const names = [
      "dict",
      "HashMap",
      "Hashtable",
      "String",
      "char",
      "long",
      "short",
      "byte",
      "Bigint",
      "double",
    ];
    const more = [
      "Boolean",
      "Array",
      "ArrayList",
      "Queue",
      "Stack",
      "Set",
      "tuple",
      "float",
      "any",
      "",
      "Object",
    ];
    const properties = Object.fromEntries(
      [...names, ...more].map((name, index) => [`p${index}`, { type: name, description: "d" }]),
    );
    const doc = { name: "f", description: "", parameters: { type: "dict", properties, required: [] } };
    const converted = bfclFunctionToTool(doc).parameters.properties ?? {};
    expect(Object.values(converted).map((schema) => stringifyJson(schema as JsonValue))).toEqual([
      '{"type":"object","description":"d"}',
      '{"type":"object","x-bfcl-type":"HashMap","description":"d"}',
      '{"type":"object","x-bfcl-type":"Hashtable","description":"d"}',
      '{"type":"string","x-bfcl-type":"String","description":"d"}',
      '{"type":"string","x-bfcl-type":"char","description":"d"}',
      '{"type":"integer","x-bfcl-type":"long","description":"d"}',
      '{"type":"integer","x-bfcl-type":"short","description":"d"}',
      '{"type":"integer","x-bfcl-type":"byte","description":"d"}',
      '{"type":"integer","x-bfcl-type":"Bigint","description":"d"}',
      '{"type":"number","x-bfcl-type":"double","description":"d"}',
      '{"type":"boolean","x-bfcl-type":"Boolean","description":"d"}',
      '{"type":"array","x-bfcl-type":"Array","description":"d"}',
      '{"type":"array","x-bfcl-type":"ArrayList","description":"d"}',
      '{"type":"array","x-bfcl-type":"Queue","description":"d"}',
      '{"type":"array","x-bfcl-type":"Stack","description":"d"}',
      '{"type":"array","x-bfcl-type":"Set","description":"d"}',
      '{"type":"array","x-bfcl-type":"tuple","description":"d"}',
      '{"type":"number","description":"d"}',
      '{"description":"d"}',
      '{"x-bfcl-type":"","description":"d"}',
      '{"x-bfcl-type":"Object","description":"d"}',
    ]);
    expect(stringifyJson(toolToBfclFunction(bfclFunctionToTool(doc)) as JsonValue)).toBe(stringifyJson(doc));
  });

  it("keeps the place of a type that is not the first key (rest_0 writes it after properties)", () => {
    const doc = parseJson(
      '{"name": "requests.get", "description": "Sends a GET request.", "parameters": {"type": "dict", "properties": {"headers": {"properties": {"X-RapidAPI-Key": {"type": "string"}}, "type": "dict", "required": ["X-RapidAPI-Key"]}, "extra": {"description": "anything", "type": "any"}}, "required": []}}',
    );
    const properties = bfclFunctionToTool(doc).parameters.properties ?? {};
    expect(Object.keys(properties.headers ?? {})).toEqual(["properties", "type", "required"]);
    expect(properties.extra).toEqual({ description: "anything", "x-bfcl-type": "any" });
    expect(stringifyJson(toolToBfclFunction(bfclFunctionToTool(doc)) as JsonValue)).toBe(stringifyJson(doc));
  });

  it("maps response to returns and a list of item schemas to prefixItems (memory_kv)", () => {
    const doc = parseJson(
      '{"name": "core_memory_key_search", "description": "Search.", "parameters": {"type": "dict", "properties": {"k": {"type": "integer", "default": 5}}, "required": []}, "response": {"type": "dict", "properties": {"ranked_results": {"type": "array", "items": {"type": "array", "items": [{"type": "float"}, {"type": "string"}]}}}}}',
    );
    const tool = bfclFunctionToTool(doc);
    expect(tool.returns?.properties?.ranked_results?.items).toEqual({
      type: "array",
      prefixItems: [{ type: "number" }, { type: "string" }],
    });
    toolSchema.parse(tool);
    expect(stringifyJson(toolToBfclFunction(tool) as JsonValue)).toBe(stringifyJson(doc));
  });

  it("names the row and field of a malformed doc", () => {
    const missingType = {
      ...spotifyPlayObject(),
      parameters: { type: "dict", properties: { x: { description: "no type" } } },
    };
    const error = bfclErrorOf(() =>
      bfclFunctionToTool(missingType, { row: "simple_python_9", field: "function[1]" }),
    );
    expect(error.row).toBe("simple_python_9");
    expect(error.field).toBe("function[1].parameters.properties.x.type");
    expect(error.message).toMatch(
      /row simple_python_9, field function\[1\]\.parameters\.properties\.x\.type/,
    );

    const notDict = { ...spotifyPlayObject(), parameters: { type: "string" } };
    expect(bfclErrorOf(() => bfclFunctionToTool(notDict, { row: 3 })).field).toBe("parameters.type");
    const listItems = {
      ...spotifyPlayObject(),
      parameters: { type: "dict", properties: { x: { type: "array", items: "string" } } },
    };
    expect(bfclErrorOf(() => bfclFunctionToTool(listItems)).field).toBe("parameters.properties.x.items");
    const reserved = {
      ...spotifyPlayObject(),
      parameters: { type: "dict", properties: { x: { type: "long", "x-bfcl-type": "long" } } },
    };
    expect(bfclErrorOf(() => bfclFunctionToTool(reserved)).field).toBe("parameters.properties.x.x-bfcl-type");
    expect(bfclErrorOf(() => bfclFunctionToTool({ ...spotifyPlayObject(), url: "x" })).field).toBe("url");
    expect(bfclErrorOf(() => bfclFunctionToTool({ ...spotifyPlayObject(), name: "" })).field).toBe("name");
  });
});

function spotifyPlayObject(): Record<string, JsonValue> {
  return { ...(spotifyPlay as Record<string, JsonValue>) };
}

const javaTool: Tool = {
  name: "DateScriptFieldType.createFieldType",
  description: "Creates a field type.",
  parameters: {
    type: "object",
    properties: {
      name: { type: "string", "x-bfcl-type": "String", description: "The name." },
      meta: {
        type: "object",
        "x-bfcl-type": "HashMap",
        additionalProperties: { type: "string", "x-bfcl-type": "String" },
      },
      ids: { type: "array", "x-bfcl-type": "Set", items: { type: "integer", "x-bfcl-type": "long" } },
      factory: { description: "Any value." },
      script: { description: "Any value, written after its description.", "x-bfcl-type": "any" },
      odd: { "x-bfcl-type": "", description: "An unknown BFCL type." },
    },
    required: ["name"],
  },
};

const pythonTool: Tool = {
  name: "math.stats",
  description: "Statistics of a list.",
  parameters: {
    type: "object",
    properties: {
      numbers: { type: "array", items: { type: "number" }, minItems: 1 },
      mode: { type: "string", enum: ["mean", "median"], default: "mean" },
      weight: { type: "number", default: new JsonFloat(1) },
      pair: { type: "array", prefixItems: [{ type: "number" }, { type: "string" }] },
      options: {
        type: "object",
        properties: { strict: { type: "boolean" } },
        additionalProperties: false,
        optional: true,
      },
    },
    required: ["numbers"],
    optional: ["mode"],
  },
  returns: { type: "object", properties: { value: { type: "number" } } },
  category: "Mathematics",
  source: { kind: "js-module", ref: "./math.js" },
};

describe("toolToBfclFunction", () => {
  it("gives canonical → BFCL → canonical identity on hand-written tools", () => {
    for (const tool of [javaTool, pythonTool]) {
      toolSchema.parse(tool);
      expect(bfclFunctionToTool(toolToBfclFunction(tool))).toEqual(tool);
    }
  });

  it("writes default spellings, the x-bfcl-type spelling, and any where there is no type", () => {
    const doc = toolToBfclFunction(javaTool);
    expect(stringifyJson(doc.parameters.properties as JsonValue)).toBe(
      stringifyJson({
        name: { type: "String", description: "The name." },
        meta: { type: "HashMap", additionalProperties: { type: "String" } },
        ids: { type: "Set", items: { type: "long" } },
        factory: { type: "any", description: "Any value." },
        script: { description: "Any value, written after its description.", type: "any" },
        odd: { type: "", description: "An unknown BFCL type." },
      }),
    );
    expect(toolToBfclFunction(pythonTool).parameters.properties?.weight).toEqual({
      type: "float",
      default: new JsonFloat(1),
    });
  });

  it("carries category and source under apigen, or drops them with extensions: false", () => {
    expect(toolToBfclFunction(pythonTool).apigen).toEqual({
      category: "Mathematics",
      source: { kind: "js-module", ref: "./math.js" },
    });
    const plain = toolToBfclFunction(pythonTool, { extensions: false });
    expect("apigen" in plain).toBe(false);
    const { category: _category, source: _source, ...rest } = pythonTool;
    expect(bfclFunctionToTool(plain)).toEqual(rest);
    expect(bfclFunctionToTool(toolToBfclFunction(pythonTool), { extensions: false })).toEqual(rest);
    expect("apigen" in toolToBfclFunction(javaTool)).toBe(false);
  });

  it("refuses schemas BFCL cannot spell, naming row and field", () => {
    const withProperty = (property: Record<string, unknown>): Tool => ({
      name: "f",
      description: "",
      parameters: { type: "object", properties: { x: property } },
    });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ type: ["string", "null"] }, "parameters.properties.x.type", /list of types \(string, null\)/],
      [{ anyOf: [{ type: "string" }, { type: "integer" }] }, "parameters.properties.x.anyOf", /no anyOf/],
      [{ type: "null" }, "parameters.properties.x.type", /type null has no BFCL spelling/],
      [
        { type: "string", "x-bfcl-type": "HashMap" },
        "parameters.properties.x.x-bfcl-type",
        /does not spell type string/,
      ],
      [{ type: "array", items: true }, "parameters.properties.x.items", /must be a schema/],
      [
        { type: "array", items: { type: "array", prefixItems: [], items: {} } },
        "parameters.properties.x.items.prefixItems",
        /both/,
      ],
    ];
    for (const [property, field, reason] of cases) {
      const error = bfclErrorOf(() =>
        toolToBfclFunction(withProperty(property), { row: "row-7", field: "tools[0]" }),
      );
      expect([error.row, error.field]).toEqual(["row-7", `tools[0].${field}`]);
      expect(error.message).toMatch(reason);
    }
  });

  it("quotes a property name that is not a plain key in the field it names", () => {
    const tool: Tool = {
      name: "f",
      description: "",
      parameters: { type: "object", properties: { "max.value": { type: "null" } } },
    };
    expect(bfclErrorOf(() => toolToBfclFunction(tool)).field).toBe('parameters.properties["max.value"].type');
  });
});
