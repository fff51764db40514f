import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../json/json-equal.js";
import { JsonFloat } from "../../json/json-float.js";
import type { JsonValue } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import { stringifyJson } from "../../json/stringify-json.js";
import type { Example } from "../../schemas/example.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { exampleToXlamRow, xlamRowSchema, xlamRowToExample } from "./xlam-row.js";

/** Writes a row the way the released file's lines are written (`json.dumps`, ASCII only). */
const line = (row: JsonValue): string => stringifyJson(row, { style: "python", ensureAscii: true });

/** Row id 0 of Salesforce/xlam-function-calling-60k, byte for byte. */
const row0 = String.raw`{"id": 0, "query": "Where can I find live giveaways for beta access and games?", "answers": "[{\"name\": \"live_giveaways_by_type\", \"arguments\": {\"type\": \"beta\"}}, {\"name\": \"live_giveaways_by_type\", \"arguments\": {\"type\": \"game\"}}]", "tools": "[{\"name\": \"live_giveaways_by_type\", \"description\": \"Retrieve live giveaways from the GamerPower API based on the specified type.\", \"parameters\": {\"type\": {\"description\": \"The type of giveaways to retrieve (e.g., game, loot, beta).\", \"type\": \"str\", \"default\": \"game\"}}}]"}`;

describe("xLAM row 0", () => {
  const example = xlamRowToExample(parseJson(row0));

  it("reads into the canonical form", () => {
    expect(example).toEqual({
      id: "0",
      query: "Where can I find live giveaways for beta access and games?",
      tools: [
        {
          name: "live_giveaways_by_type",
          description: "Retrieve live giveaways from the GamerPower API based on the specified type.",
          parameters: {
            type: "object",
            properties: {
              type: {
                type: "string",
                description: "The type of giveaways to retrieve (e.g., game, loot, beta).",
                default: "game",
              },
            },
            required: ["type"],
          },
        },
      ],
      answers: [
        { name: "live_giveaways_by_type", arguments: { type: "beta" } },
        { name: "live_giveaways_by_type", arguments: { type: "game" } },
      ],
      style: "parallel",
    });
  });

  it("writes back byte-identical", () => {
    const row = exampleToXlamRow(example);
    expect(xlamRowSchema.parse(row)).toEqual(row);
    expect(line(row)).toBe(row0);
  });
});

const syntheticTools = String.raw`[{"name": "forecast", "description": "Weather forecast for a city.", "parameters": {"city": {"description": "City name.", "type": "str"}, "days": {"description": "Number of days.", "type": "int", "default": "10"}, "units": {"description": "Unit system.", "type": "str, default='celsius'"}, "scale": {"description": "Scale factor.", "type": "float, optional", "default": 1.0}, "fields": {"description": "Fields to include.", "type": "List[List[str]], optional, default: []"}, "window": {"description": "Hour window.", "type": "Tuple[int, int], optional"}, "transform": {"description": "Applied to each value.", "type": "Callable[[float], float]", "required": false}, "extra": {"description": "Extra options.", "type": "Dict[str, Any], optional", "default": {}}, "limit": {"description": "Max items.", "type": "integer or None", "default": 5, "minimum": 1}}}, {"name": "geocode", "description": "Coordinates of a place \u2014 by name.", "parameters": {}}]`;
const syntheticAnswers = String.raw`[{"name": "forecast", "arguments": {"city": "Z\u00fcrich", "scale": 2.0, "days": 3, "limit": null}}]`;
const syntheticLine = line({
  id: 41,
  query: "Wie wird das Wetter in Zürich? Skaliere mit 2.0.",
  answers: syntheticAnswers,
  tools: syntheticTools,
});

describe("a synthetic xLAM row", () => {
  const example = xlamRowToExample(parseJson(syntheticLine));

  it("holds the non-ASCII query escaped on the line", () => {
    expect(syntheticLine).toContain(String.raw`"query": "Wie wird das Wetter in Z\u00fcrich?`);
    expect(example.query).toBe("Wie wird das Wetter in Zürich? Skaliere mit 2.0.");
  });

  it("reads parameters with their required-ness, defaults and remembered spellings", () => {
    const [forecast, geocode] = example.tools;
    expect(forecast?.parameters).toEqual({
      type: "object",
      properties: {
        city: { type: "string", description: "City name." },
        days: { type: "integer", description: "Number of days.", default: "10" },
        units: {
          type: "string",
          description: "Unit system.",
          default: "celsius",
          "x-xlam-type": "str, default='celsius'",
        },
        scale: { type: "number", description: "Scale factor.", default: new JsonFloat(1) },
        fields: {
          type: "array",
          items: { type: "array", items: { type: "string" } },
          description: "Fields to include.",
          default: [],
          "x-xlam-type": "List[List[str]], optional, default: []",
        },
        window: {
          type: "array",
          prefixItems: [{ type: "integer" }, { type: "integer" }],
          minItems: 2,
          maxItems: 2,
          description: "Hour window.",
        },
        transform: {
          type: "string",
          "x-python-type": "Callable[[float], float]",
          description: "Applied to each value.",
          "x-xlam-required": false,
        },
        extra: { type: "object", additionalProperties: {}, description: "Extra options.", default: {} },
        limit: {
          anyOf: [{ type: "integer" }, { type: "null" }],
          description: "Max items.",
          default: 5,
          minimum: 1,
          "x-xlam-type": "integer or None",
        },
      },
      required: ["city", "days", "units", "limit"],
    });
    expect(JsonFloat.isInstance(forecast?.parameters.properties?.scale?.default)).toBe(true);
    expect(geocode).toEqual({
      name: "geocode",
      description: "Coordinates of a place — by name.",
      parameters: { type: "object", properties: {} },
    });
    expect(example.style).toBe("multiple");
  });

  it("keeps the float argument 2.0 a float", () => {
    const [call] = example.answers;
    expect(call?.arguments.city).toBe("Zürich");
    expect(jsonEqual(call?.arguments.scale, new JsonFloat(2))).toBe(true);
    expect(jsonEqual(call?.arguments.scale, 2)).toBe(false);
  });

  it("writes back byte-identical, 2.0 and \\u escapes included", () => {
    const row = exampleToXlamRow(example);
    expect(row.answers).toBe(syntheticAnswers);
    expect(row.tools).toBe(syntheticTools);
    expect(line(row)).toBe(syntheticLine);
  });

  it("writes fresh type strings when a remembered one no longer fits", () => {
    const [forecast] = example.tools;
    if (forecast === undefined) {
      throw new Error("no tool");
    }
    const properties = forecast.parameters.properties ?? {};
    const edited: Example = {
      ...example,
      tools: [
        {
          ...forecast,
          parameters: {
            ...forecast.parameters,
            properties: {
              ...properties,
              limit: { ...properties.limit, anyOf: [{ type: "number" }, { type: "null" }] },
            },
            required: ["city", "days", "units"],
          },
        },
      ],
    };
    const tools = parseJson(exampleToXlamRow(edited).tools);
    expect(tools).toMatchObject([
      {
        parameters: {
          limit: { description: "Max items.", type: "Optional[float], optional", default: 5, minimum: 1 },
        },
      },
    ]);
  });
});

const richExample: Example = {
  id: "7",
  query: "Book a table for 4 at 19:30, then split the 120 euro bill.",
  tools: [
    {
      name: "book_table",
      description: "Books a restaurant table.",
      parameters: {
        type: "object",
        properties: {
          party_size: { type: "integer", description: "Number of people.", minimum: 1, maximum: 20 },
          time: { type: "string", description: "Time as HH:MM.", pattern: "^\\d{2}:\\d{2}$" },
          seating: { type: "string", enum: ["indoor", "outdoor"], default: "indoor" },
          contact: {
            type: "object",
            description: "Who books.",
            properties: { name: { type: "string" }, phone: { type: "string" } },
            required: ["name"],
          },
          tags: { type: "array", items: { type: "string", minLength: 1 }, description: "Notes." },
          budget: { type: "number", default: new JsonFloat(50) },
          either: { type: ["string", "null"], "x-python-type": "ignored" },
        },
        required: ["party_size", "time", "contact"],
        additionalProperties: false,
      },
      category: "Travel",
      source: { kind: "builtin", ref: "restaurants" },
      returns: { type: "object", properties: { confirmed: { type: "boolean" } } },
    },
    {
      name: "split_bill",
      description: "Splits a bill.",
      parameters: {
        type: "object",
        properties: { total: { type: "number" }, people: { type: "integer", exclusiveMinimum: 0 } },
        required: ["people", "total"],
      },
    },
  ],
  answers: [
    {
      name: "book_table",
      arguments: { party_size: 4, time: "19:30", contact: { name: "Ana" } },
      id: "call_1",
    },
    { name: "split_bill", arguments: { total: new JsonFloat(120), people: 4 } },
  ],
  style: "parallel_multiple",
  category: "Travel",
  thought: "Two requests: book, then split.",
  system: "You are a helpful assistant.",
  provenance: {
    generatorModel: "deepseek-v2-chat",
    seed: 42,
    verdicts: [{ stage: "format", pass: true, reason: "ok" }],
    executions: [
      { call: 0, name: "book_table", status: "ok", output: { confirmed: true, price: new JsonFloat(3) } },
    ],
    createdAt: "2024-07-18T12:00:00Z",
  },
};

describe("canonical → xLAM → canonical", () => {
  const withoutTypeList = (example: Example): Example => {
    const [first, ...rest] = example.tools;
    if (first === undefined) {
      return example;
    }
    const { either: _either, ...properties } = first.parameters.properties ?? {};
    return { ...example, tools: [{ ...first, parameters: { ...first.parameters, properties } }, ...rest] };
  };
  const example = withoutTypeList(richExample);

  it("is the identity with extensions", () => {
    const row = exampleToXlamRow(example);
    const back = xlamRowToExample(parseJson(line(row)));
    expect(back).toEqual(example);
    expect(jsonEqual(back, example)).toBe(true);
  });

  it("writes enums, ranges and nested objects as extra spec keys", () => {
    const row = exampleToXlamRow(example);
    expect(row.tools).toContain(
      '"party_size": {"description": "Number of people.", "type": "int", "minimum": 1, "maximum": 20}',
    );
    expect(row.tools).toContain(
      '"seating": {"type": "str, optional", "default": "indoor", "enum": ["indoor", "outdoor"]}',
    );
    expect(row.tools).toContain(
      '"contact": {"description": "Who books.", "type": "Dict", "properties": {"name": {"type": "string"}, "phone": {"type": "string"}}, "required": ["name"]}',
    );
    expect(row.tools).toContain('"tags": {"description": "Notes.", "type": "List, optional", "items":');
    expect(row.tools).toContain('"budget": {"type": "float, optional", "default": 50.0}');
    expect(row.tools).not.toContain("x-xlam");
    expect(Object.keys(row)).toEqual(["id", "query", "answers", "tools", "apigen"]);
    expect(row.apigen).toEqual({
      category: "Travel",
      thought: "Two requests: book, then split.",
      system: "You are a helpful assistant.",
      provenance: example.provenance,
      tools: [
        {
          category: "Travel",
          source: { kind: "builtin", ref: "restaurants" },
          returns: { type: "object", properties: { confirmed: { type: "boolean" } } },
          parameters: { additionalProperties: false },
        },
        { parameters: { required: ["people", "total"] } },
      ],
      answers: [{ id: "call_1" }, {}],
    });
  });

  it("drops what xLAM cannot hold with extensions: false", () => {
    const row = exampleToXlamRow(example, { extensions: false });
    expect(row.apigen).toBeUndefined();
    const back = xlamRowToExample(parseJson(line(row)));
    const [bookTable, splitBill] = example.tools;
    expect(back).toEqual({
      id: "7",
      query: example.query,
      tools: [
        {
          name: "book_table",
          description: "Books a restaurant table.",
          parameters: {
            type: "object",
            properties: bookTable?.parameters.properties,
            required: ["party_size", "time", "contact"],
          },
        },
        { ...splitBill, parameters: { ...splitBill?.parameters, required: ["total", "people"] } },
      ],
      answers: [
        { name: "book_table", arguments: { party_size: 4, time: "19:30", contact: { name: "Ana" } } },
        { name: "split_bill", arguments: { total: new JsonFloat(120), people: 4 } },
      ],
      style: "parallel_multiple",
    });
  });

  it("reads the apigen key as the row has it, so its key order survives", () => {
    const row = parseJson(
      '{"id": 3, "query": "Hi", "answers": "[]", "tools": "[]", "apigen": {"provenance": {"seed": 7, "generatorModel": "m"}}}',
    );
    expect(line(exampleToXlamRow(xlamRowToExample(row)))).toBe(line(row));
  });

  it("ignores the apigen key when reading with extensions: false", () => {
    const row = exampleToXlamRow(example);
    expect(xlamRowToExample(row, { extensions: false })).toEqual(
      xlamRowToExample(exampleToXlamRow(example, { extensions: false })),
    );
  });

  it("keeps a style that cannot be inferred, and a non-integer id beside the index", () => {
    const noCall: Example = {
      id: "row-a",
      query: "What is my account balance?",
      tools: [
        {
          name: "get_balance",
          description: "Balance of an account.",
          parameters: { type: "object", properties: {}, required: [] },
        },
      ],
      answers: [],
      style: "missing_argument",
      response: "Which account do you mean?",
    };
    const row = exampleToXlamRow(noCall, { index: 12 });
    expect(row.id).toBe(12);
    expect(row.answers).toBe("[]");
    expect(row.tools).toBe(
      '[{"name": "get_balance", "description": "Balance of an account.", "parameters": {}}]',
    );
    expect(row.apigen).toEqual({
      id: "row-a",
      style: "missing_argument",
      response: "Which account do you mean?",
      tools: [{ parameters: { required: [] } }],
    });
    expect(xlamRowToExample(row)).toEqual(noCall);
  });

  it("throws a TypeError when the id is not an integer string and no index is given", () => {
    expect(() => exampleToXlamRow({ ...example, id: "abc" })).toThrow(TypeError);
    expect(() => exampleToXlamRow({ ...example, id: "abc" })).toThrow(/pass the `index` option/);
    const { id: _id, ...withoutId } = example;
    expect(() => exampleToXlamRow(withoutId)).toThrow(/not an integer string/);
    expect(exampleToXlamRow(withoutId, { index: 3 }).id).toBe(3);
  });

  it("rejects a JSON Schema type list, naming the field", () => {
    expect(() => exampleToXlamRow(richExample)).toThrow(
      /row 7, field tools\[0\]\.parameters\.properties\.either\.type\).*\["string","null"\] has no Python type string/,
    );
  });
});

describe("malformed rows", () => {
  const tools = (parameters: string) =>
    `[{"name": "ok", "description": "Fine.", "parameters": {}}, {"name": "f", "description": "d", "parameters": ${parameters}}]`;
  const base = { id: 9, query: "q", answers: "[]", tools: "[]" };
  const cases: [string, unknown, string | number | undefined, string | undefined, RegExp][] = [
    ["a list", [1, 2], 5, undefined, /a row must be a JSON object, got an array/],
    ["a bad id", { ...base, id: 1.5 }, 5, "id", /an id must be an integer/],
    ["an unknown key", { ...base, extra: 1 }, "9", "extra", /not a key of an xLAM row/],
    ["a missing query", { ...base, query: undefined }, "9", "query", /non-empty string query/],
    ["tools as a list", { ...base, tools: [] }, "9", "tools", /must be a string of JSON/],
    [
      "tools not JSON",
      { ...base, tools: "[{'name': 'f'}]" },
      "9",
      "tools",
      /is not valid JSON: Invalid JSON at line 1, column 3: expected a property name/,
    ],
    ["tools not a list", { ...base, tools: "{}" }, "9", "tools", /must hold a JSON list/],
    [
      "a tool without a name",
      { ...base, tools: `[{"description": "d"}]` },
      "9",
      "tools[0].name",
      /non-empty string name/,
    ],
    ["a tool that is a string", { ...base, tools: `["f"]` }, "9", "tools[0]", /a tool must be a JSON object/],
    [
      "a spec that is a string",
      { ...base, tools: tools(`{"limit": "int"}`) },
      "9",
      "tools[1].parameters.limit",
      /spec must be a JSON object/,
    ],
    [
      "a spec without type",
      { ...base, tools: tools(`{"limit": {"description": "x"}}`) },
      "9",
      "tools[1].parameters.limit.type",
      /needs a string `type`/,
    ],
    [
      "a bad type string",
      { ...base, tools: tools(`{"limit": {"type": "List[int"}}`) },
      "9",
      "tools[1].parameters.limit.type",
      /the type string "List\[int" is missing a closing '\]'/,
    ],
    [
      "a bad type string under a parameter name that is not a plain key",
      { ...base, tools: tools(`{"max.value": {"type": "List[int"}}`) },
      "9",
      'tools[1].parameters["max.value"].type',
      /is missing a closing '\]'/,
    ],
    [
      "an unknown type name",
      { ...base, tools: tools(`{"data": {"type": "numpy.ndarray"}}`) },
      "9",
      "tools[1].parameters.data.type",
      /"numpy.ndarray" names the unknown type/,
    ],
    [
      "a key that contradicts the type string",
      { ...base, tools: tools(`{"xs": {"type": "List[int]", "items": {"type": "string"}}}`) },
      "9",
      "tools[1].parameters.xs.items",
      /conflicts with the type string "List\[int\]"/,
    ],
    [
      "a reserved key",
      { ...base, tools: tools(`{"x": {"type": "int", "x-xlam-type": "str"}}`) },
      "9",
      "tools[1].parameters.x.x-xlam-type",
      /reserved/,
    ],
    [
      "a non-string description",
      { ...base, tools: tools(`{"x": {"type": "int", "description": 3}}`) },
      "9",
      "tools[1].parameters.x.description",
      /must be a string/,
    ],
    [
      "an invalid JSON Schema keyword",
      { ...base, tools: tools(`{"x": {"type": "str", "enum": "a"}}`) },
      "9",
      "tools[1].parameters.x.enum",
      /not valid JSON Schema/,
    ],
    [
      "JSON Schema parameters",
      { ...base, tools: tools(`{"type": "object", "properties": {}}`) },
      "9",
      "tools[1].parameters",
      /is a JSON Schema object/,
    ],
    ["answers not a list", { ...base, answers: `{"name": "f"}` }, "9", "answers", /must hold a JSON list/],
    [
      "a call without a name",
      { ...base, answers: `[{"arguments": {}}]` },
      "9",
      "answers[0].name",
      /non-empty string name/,
    ],
    [
      "a call with string arguments",
      { ...base, answers: `[{"name": "f", "arguments": {}}, {"name": "f", "arguments": "{}"}]` },
      "9",
      "answers[1].arguments",
      /arguments object/,
    ],
    ["a bad style", { ...base, apigen: { style: "weird" } }, "9", "apigen.style", /Invalid option/],
    [
      "misaligned tool extensions",
      { ...base, apigen: { tools: [{}] } },
      "9",
      "apigen.tools",
      /1 entries for 0 tools/,
    ],
    [
      "an unknown extension",
      { ...base, apigen: { colour: "red" } },
      "9",
      "apigen.colour",
      /Unrecognized key: "colour"/,
    ],
    ["no id", { query: "q", answers: "[]", tools: "[{}]" }, 5, "tools[0].name", /non-empty string name/],
  ];

  it.each(cases)("rejects %s, naming the row and field", (_name, row, rowLabel, field, message) => {
    const error = conversionErrorOf(() => xlamRowToExample(row, { index: 5 }));
    expect(error.format).toBe("xlam");
    expect(error.row).toBe(rowLabel);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    if (field !== undefined) {
      expect(error.message).toContain(`field ${field}`);
    }
  });
});

describe("ids that are not integers", () => {
  it("travel in the apigen key and come back, while the id column holds the index", () => {
    const example = xlamRowToExample(parseJson(row0));
    const named = { ...example, id: "simple_python_7" };
    const row = exampleToXlamRow(named, { index: 7 });
    expect(row.id).toBe(7);
    expect(row.apigen).toEqual({ id: "simple_python_7" });
    expect(xlamRowToExample(parseJson(stringifyJson(row)))).toEqual(named);
    const plain = exampleToXlamRow(named, { index: 7, extensions: false });
    expect(plain.apigen).toBeUndefined();
    expect(xlamRowToExample(parseJson(stringifyJson(plain))).id).toBe("7");
  });
});
