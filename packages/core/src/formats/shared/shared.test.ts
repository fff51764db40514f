import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConversionError } from "../../errors/conversion-error.js";
import { conversionErrorOf } from "./__fixtures__/conversion-error-of.js";
import { conversionError } from "./conversion-error.js";
import { joinField } from "./join-field.js";
import { validateWire } from "./validate-wire.js";

describe("conversionError", () => {
  it("names the format, the row and the field, and keeps the cause", () => {
    const cause = new Error("bad");
    const error = conversionError({ format: "openai", row: 12, field: "messages[2]" }, "broken", cause);
    expect(ConversionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ format: "openai", row: 12, field: "messages[2]", cause });
    expect(error.message).toBe("Cannot convert openai (row 12, field messages[2]): broken");
  });

  it("leaves out an absent or undefined row and an absent, undefined or empty field", () => {
    for (const context of [
      { format: "xlam" },
      { format: "xlam", row: undefined, field: undefined },
      { format: "xlam", field: "" },
    ]) {
      const error = conversionError(context, "broken");
      expect([error.row, error.field, error.cause]).toEqual([undefined, undefined, undefined]);
      expect(error.message).toBe("Cannot convert xlam: broken");
    }
    expect(conversionError({ format: "bfcl", row: 0 }, "broken").message).toBe(
      "Cannot convert bfcl (row 0): broken",
    );
    expect(conversionError({ format: "bfcl", field: "id" }, "broken").message).toBe(
      "Cannot convert bfcl (field id): broken",
    );
  });
});

describe("joinField", () => {
  it.each([
    [undefined, "tools", "tools"],
    ["", "tools", "tools"],
    ["tools", 0, "tools[0]"],
    [undefined, 2, "[2]"],
    ["tools[0]", "parameters", "tools[0].parameters"],
    ["parameters.properties.x", "x-bfcl-type", "parameters.properties.x.x-bfcl-type"],
    ["arguments", "$ref", "arguments.$ref"],
    ["arguments", "_private", "arguments._private"],
  ])("joins %j and %j as %j", (field, segment, joined) => {
    expect(joinField(field, segment)).toBe(joined);
  });

  it("quotes a key that is not plain as a JSON string in brackets", () => {
    expect(joinField("ground_truth[0]", "spotify.play")).toBe('ground_truth[0]["spotify.play"]');
    expect(joinField("parameters", "my key")).toBe('parameters["my key"]');
    expect(joinField("parameters", "2fa")).toBe('parameters["2fa"]');
    expect(joinField("parameters", "")).toBe('parameters[""]');
    expect(joinField("", "a.b")).toBe('["a.b"]');
    expect(joinField("properties", 'say "hi"')).toBe('properties["say \\"hi\\""]');
    expect(joinField("properties", "ünits")).toBe('properties["ünits"]');
  });

  it("appends segments that are already written out as they are", () => {
    expect(joinField("messages[2].content", "<tool_call>")).toBe("messages[2].content<tool_call>");
    expect(joinField(joinField("system", "<tools>"), 0)).toBe("system<tools>[0]");
    expect(joinField("value", "[3]")).toBe("value[3]");
  });
});

describe("validateWire", () => {
  const callSchema = z.strictObject({
    name: z.string().min(1, "a call needs a name"),
    arguments: z.object({}),
  });

  it("returns the value itself, with its key order, not zod's copy", () => {
    const value = { arguments: { b: 1, a: 2 }, name: "f" };
    const checked = validateWire(callSchema, value, { format: "test" });
    expect(checked).toBe(value);
    expect(Object.keys(checked)).toEqual(["arguments", "name"]);
  });

  it("names the field after the context's own, quoting odd keys", () => {
    const schema = z.object({ tools: z.record(z.string(), z.object({ limit: z.number() })) });
    const error = conversionErrorOf(() =>
      validateWire(
        schema,
        { tools: { "get.weather": { limit: "3" } } },
        { format: "test", row: 4, field: "apigen" },
      ),
    );
    expect(error).toMatchObject({ format: "test", row: 4, field: 'apigen.tools["get.weather"].limit' });
    expect(error.message).toMatch(
      /^Cannot convert test \(row 4, field apigen\.tools\["get\.weather"\]\.limit\): .*expected number/,
    );
    expect(error.cause).toBeInstanceOf(z.ZodError);
  });

  it("names an unrecognized key, quoted where it is odd", () => {
    const plain = conversionErrorOf(() =>
      validateWire(callSchema, { name: "f", arguments: {}, extra: 1 }, { format: "test", field: "calls[1]" }),
    );
    expect(plain.field).toBe("calls[1].extra");
    expect(plain.message).toMatch(/Unrecognized key: "extra"/);
    const odd = conversionErrorOf(() =>
      validateWire(callSchema, { name: "f", arguments: {}, "odd key": 1 }, { format: "test" }),
    );
    expect(odd.field).toBe('["odd key"]');
  });

  it("reports the union branch that got deepest, through nested unions", () => {
    const itemSchema = z.union([
      z.string(),
      z.strictObject({ kind: z.literal("box"), size: z.object({ width: z.number() }) }),
    ]);
    const schema = z.object({ items: z.array(z.union([z.number(), z.array(itemSchema)])) });
    const error = conversionErrorOf(() =>
      validateWire(
        schema,
        { items: [1, ["x", { kind: "box", size: { width: "wide" } }]] },
        { format: "test" },
      ),
    );
    expect(error.field).toBe("items[1][1].size.width");
    expect(error.message).toMatch(/expected number, received string/);
  });

  it("keeps the first branch when the branches get equally deep", () => {
    const schema = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]);
    expect(conversionErrorOf(() => validateWire(schema, {}, { format: "test" })).field).toBe("a");
  });

  it("reports a discriminated union without a matching branch at its discriminator", () => {
    const schema = z.object({
      messages: z.array(
        z.discriminatedUnion("role", [
          z.object({ role: z.literal("user") }),
          z.object({ role: z.literal("tool") }),
        ]),
      ),
    });
    const error = conversionErrorOf(() =>
      validateWire(schema, { messages: [{ role: "bot" }] }, { format: "test" }),
    );
    expect(error.field).toBe("messages[0].role");
    expect(error.message).toMatch(/discriminator/);
  });

  it("leaves out an absent row and a top-level field", () => {
    const error = conversionErrorOf(() => validateWire(z.string(), 3, { format: "test" }));
    expect([error.row, error.field]).toEqual([undefined, undefined]);
    expect(error.message).toMatch(/^Cannot convert test: Invalid input: expected string, received number$/);
  });

  it("puts the reason prefix before zod's message", () => {
    const error = conversionErrorOf(() =>
      validateWire(
        z.object({ enum: z.array(z.string()) }),
        { enum: "a" },
        { format: "test", field: "x" },
        {
          reasonPrefix: "is not valid JSON Schema",
        },
      ),
    );
    expect(error.field).toBe("x.enum");
    expect(error.message).toMatch(/field x\.enum\): is not valid JSON Schema: Invalid input: expected array/);
  });
});
