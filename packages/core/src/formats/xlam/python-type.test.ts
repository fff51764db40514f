import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../schemas/json-schema.js";
import { conversionErrorOf } from "../shared/__fixtures__/conversion-error-of.js";
import { isSubschema } from "./is-subschema.js";
import { parsePythonType, renderPythonType } from "./python-type.js";

const string = { type: "string" };
const integer = { type: "integer" };
const number = { type: "number" };
const boolean = { type: "boolean" };
const nothing = { type: "null" };

/** [type string, schema, optional, default text, canonical rendering of the schema]. */
const table: [string, JsonSchema, boolean, string | undefined, string][] = [
  ["str", string, false, undefined, "str"],
  ["string", string, false, undefined, "str"],
  ["String", string, false, undefined, "str"],
  ["int", integer, false, undefined, "int"],
  ["integer", integer, false, undefined, "int"],
  ["long", integer, false, undefined, "int"],
  ["float", number, false, undefined, "float"],
  ["number", number, false, undefined, "float"],
  ["double", number, false, undefined, "float"],
  ["bool", boolean, false, undefined, "bool"],
  ["boolean", boolean, false, undefined, "bool"],
  ["None", nothing, false, undefined, "None"],
  ["NoneType", nothing, false, undefined, "None"],
  ["null", nothing, false, undefined, "None"],
  ["Any", {}, false, undefined, "Any"],
  ["any", {}, false, undefined, "Any"],
  ["object", { type: "object" }, false, undefined, "Dict"],
  ["list", { type: "array" }, false, undefined, "List"],
  ["array", { type: "array" }, false, undefined, "List"],
  ["List[int]", { type: "array", items: integer }, false, undefined, "List[int]"],
  ["Sequence[str]", { type: "array", items: string }, false, undefined, "List[str]"],
  ["Iterable[float]", { type: "array", items: number }, false, undefined, "List[float]"],
  ["tuple", { type: "array" }, false, undefined, "List"],
  [
    "Tuple[int, str]",
    { type: "array", prefixItems: [integer, string], minItems: 2, maxItems: 2 },
    false,
    undefined,
    "Tuple[int, str]",
  ],
  ["Tuple[float, ...]", { type: "array", items: number }, false, undefined, "List[float]"],
  ["set", { type: "array", uniqueItems: true }, false, undefined, "Set"],
  ["Set[str]", { type: "array", items: string, uniqueItems: true }, false, undefined, "Set[str]"],
  ["FrozenSet[int]", { type: "array", items: integer, uniqueItems: true }, false, undefined, "Set[int]"],
  ["dict", { type: "object" }, false, undefined, "Dict"],
  ["Dict", { type: "object" }, false, undefined, "Dict"],
  ["Dict[str, Any]", { type: "object", additionalProperties: {} }, false, undefined, "Dict[str, Any]"],
  [
    "Mapping[str, int]",
    { type: "object", additionalProperties: integer },
    false,
    undefined,
    "Dict[str, int]",
  ],
  [
    "Dict[int, str]",
    { type: "object", propertyNames: { pattern: "^-?[0-9]+$" }, additionalProperties: string },
    false,
    undefined,
    "Dict[int, str]",
  ],
  ["Optional[str]", { anyOf: [string, nothing] }, false, undefined, "Optional[str]"],
  ["Union[int, float]", { anyOf: [integer, number] }, false, undefined, "Union[int, float]"],
  ["int | str", { anyOf: [integer, string] }, false, undefined, "Union[int, str]"],
  ["int or float", { anyOf: [integer, number] }, false, undefined, "Union[int, float]"],
  [
    "List[int] or None",
    { anyOf: [{ type: "array", items: integer }, nothing] },
    false,
    undefined,
    "Optional[List[int]]",
  ],
  [
    "Optional[Union[int, str]]",
    { anyOf: [integer, string, nothing] },
    false,
    undefined,
    "Union[int, str, None]",
  ],
  ["Union[int, Union[int, str]]", { anyOf: [integer, string] }, false, undefined, "Union[int, str]"],
  [
    "List[Dict[str, Any]]",
    { type: "array", items: { type: "object", additionalProperties: {} } },
    false,
    undefined,
    "List[Dict[str, Any]]",
  ],
  [
    "List[Tuple[int, int]]",
    { type: "array", items: { type: "array", prefixItems: [integer, integer], minItems: 2, maxItems: 2 } },
    false,
    undefined,
    "List[Tuple[int, int]]",
  ],
  [
    "Dict[str, List[int]]",
    { type: "object", additionalProperties: { type: "array", items: integer } },
    false,
    undefined,
    "Dict[str, List[int]]",
  ],
  [
    "Optional[List[str]]",
    { anyOf: [{ type: "array", items: string }, nothing] },
    false,
    undefined,
    "Optional[List[str]]",
  ],
  [
    "List[Union[int, float]]",
    { type: "array", items: { anyOf: [integer, number] } },
    false,
    undefined,
    "List[Union[int, float]]",
  ],
  [
    "Callable[[float], float]",
    { type: "string", "x-python-type": "Callable[[float], float]" },
    false,
    undefined,
    "Callable[[float], float]",
  ],
  ["Callable", { type: "string", "x-python-type": "Callable" }, false, undefined, "Callable"],
  ["function", { type: "string", "x-python-type": "function" }, false, undefined, "function"],
  [
    "Callable[..., Any]",
    { type: "string", "x-python-type": "Callable[..., Any]" },
    false,
    undefined,
    "Callable[..., Any]",
  ],
  ["str, optional", string, true, undefined, "str"],
  ["str, Optional", string, true, undefined, "str"],
  ["int, default=5", integer, false, "5", "int"],
  ["float, optional, default: 0.0", number, true, "0.0", "float"],
  [
    "List[List[str]], optional, default: []",
    { type: "array", items: { type: "array", items: string } },
    true,
    "[]",
    "List[List[str]]",
  ],
  ["bool, optional, default=True", boolean, true, "True", "bool"],
  ["str, default='celsius'", string, false, "'celsius'", "str"],
  ["int, optional, default=10", integer, true, "10", "int"],
  ["str, optional, default='a, b'", string, true, "'a, b'", "str"],
  [
    "Dict[str, int], default = {'a': [1, 2]}",
    { type: "object", additionalProperties: integer },
    false,
    "{'a': [1, 2]}",
    "Dict[str, int]",
  ],
  ["  List [ int ]  ", { type: "array", items: integer }, false, undefined, "List[int]"],
];

describe("parsePythonType", () => {
  it.each(table)("parses %j", (text, schema, optional, defaultText) => {
    const parsed = parsePythonType(text);
    expect(parsed.schema).toEqual(schema);
    expect(parsed.optional).toBe(optional);
    expect(parsed.defaultText).toBe(defaultText);
  });

  const bad: [string, RegExp][] = [
    ["List[int", /"List\[int" is missing a closing '\]'/],
    ["Foo", /"Foo" names the unknown type "Foo"/],
    ["", /"" is empty/],
    ["   ", /" {3}" is empty/],
    ["int,, optional", /"int,, optional" has an empty modifier/],
    ["int,", /"int," ends with a comma/],
    ["Dict[str]", /"Dict\[str\]" gives "Dict" 1 parameter\(s\); it takes a key type and a value type/],
    ["Dict[float, int]", /key type other than str or int/],
    ["numpy.ndarray", /"numpy.ndarray" names the unknown type "numpy.ndarray"/],
    ["List[]", /"List\[\]" has an empty parameter list after "List"/],
    ["int optional", /"int optional" has unexpected text "optional" after the type/],
    ["List[int]]", /has unexpected text "\]" after the type/],
    ["int, required", /unknown modifier "required"/],
    ["int, default", /'default' without ':' or '='/],
    ["int, default=", /'default' without a value/],
    ["int, optional, optional", /repeats the modifier 'optional'/],
    ["int[str]", /gives parameters to "int", which takes none/],
    ["List[int, str]", /more than one item type/],
    ["Optional[int, str]", /gives "Optional" 2 parameters; it takes exactly one/],
    ["Callable[int]", /parameters other than \[\[argument types\], return type\]/],
    ["List[...]", /'...' where a type was expected/],
    ["Tuple[..., int]", /uses '...' in "Tuple" other than as Tuple\[T, \.\.\.\]/],
    ["int or", /has unexpected text "or" after the type/],
    ["int |", /ends where a type name was expected/],
    ["Callable[[float, float]", /missing a closing '\]'/],
  ];

  it("hands out schemas the caller may change without touching later parses", () => {
    const first = parsePythonType("List[Dict[str, int]]");
    first.schema.description = "changed";
    (first.schema.items as JsonSchema).type = "string";
    expect(parsePythonType("List[Dict[str, int]]").schema).toEqual({
      type: "array",
      items: { type: "object", additionalProperties: integer },
    });
  });

  it.each(bad)("rejects %j", (text, message) => {
    const error = conversionErrorOf(() => parsePythonType(text));
    expect(error.format).toBe("xlam");
    expect(error.message).toMatch(message);
  });
});

describe("renderPythonType", () => {
  it.each(table)(
    "renders the schema of %j canonically, and that reads back the same",
    (_text, schema, _o, _d, canonical) => {
      expect(renderPythonType(schema)).toBe(canonical);
      expect(parsePythonType(canonical).schema).toEqual(schema);
    },
  );

  const partial: [JsonSchema, string][] = [
    [{ type: "string", enum: ["a", "b"], description: "x" }, "str"],
    [{ type: "integer", minimum: 1 }, "int"],
    [{ type: "array", items: { type: "object", properties: { a: { type: "string" } } } }, "List"],
    [{ type: "array", items: { type: "string", minLength: 1 } }, "List"],
    [{ type: "array", items: { anyOf: [{ type: "string", format: "date" }, { type: "integer" }] } }, "List"],
    [{ type: "array", prefixItems: [{ type: "integer" }] }, "List"],
    [{ type: "object", properties: { a: { type: "string" } }, required: ["a"] }, "Dict"],
    [{ type: "object", additionalProperties: false }, "Dict"],
    [{ anyOf: [{ type: "string", enum: ["x"] }, { type: "null" }] }, "Any"],
    [{ anyOf: [{ type: "string" }] }, "Any"],
    [{ type: ["string", "null"] }, "Any"],
    [{ oneOf: [{ type: "string" }] }, "Any"],
    [{ type: "integer", "x-python-type": "Callable" }, "int"],
    [{ type: "string", "x-python-type": "int, optional" }, "str"],
    [{ type: "string", "x-python-type": "not a type [" }, "str"],
    [{ type: "array", uniqueItems: true, items: { type: "integer", maximum: 3 } }, "Set"],
  ];

  it.each(partial)("renders the expressible part of %j", (schema, expected) => {
    const rendered = renderPythonType(schema);
    expect(rendered).toBe(expected);
    expect(isSubschema(parsePythonType(rendered).schema, schema)).toBe(true);
  });
});
