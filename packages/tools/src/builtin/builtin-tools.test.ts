import { apigenCategories, jsonEqual, stringifyJson } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { createArgumentValidator } from "../validation/create-argument-validator.js";
import { builtinTools, findBuiltinTool } from "./builtin-tools.js";
import { runBuiltinTool } from "./run-builtin-tool.js";

const strict = createArgumentValidator({ strict: true });

describe("the built-in library", () => {
  it("has unique snake_case names and knows every tool by name", () => {
    const names = builtinTools.map((builtin) => builtin.tool.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(findBuiltinTool(name)?.tool.name).toBe(name);
    }
  });

  it("only uses the 21 APIGen categories", () => {
    for (const builtin of builtinTools) {
      expect(apigenCategories).toContain(builtin.tool.category);
    }
  });
});

describe.each(builtinTools.map((builtin) => [builtin.tool.name, builtin] as const))(
  "%s",
  (_name, builtin) => {
    it("has strict, valid schemas for its parameters and result, and says what it does", () => {
      expect(builtin.tool.description.length).toBeGreaterThan(20);
      expect(() => strict.compile(builtin.tool.parameters)).not.toThrow();
      expect(() => strict.compile(builtin.tool.returns ?? {})).not.toThrow();
      expect(builtin.tool.parameters.additionalProperties).toBe(false);
      for (const [name, property] of Object.entries(builtin.tool.parameters.properties ?? {})) {
        expect(property.description, `parameter ${name} needs a description`).toBeTruthy();
      }
    });

    it.each(builtin.examples.map((example) => [stringifyJson(example.arguments), example] as const))(
      "answers %s with its known result, the same every time, matching its result schema",
      async (_arguments, example) => {
        const first = await runBuiltinTool({
          tool: builtin,
          arguments: example.arguments,
          validator: strict,
          seed: 7,
        });
        expect(first.status, first.status === "ok" ? "" : first.message).toBe("ok");
        const output = first.status === "ok" ? first.output : undefined;
        if (!jsonEqual(output, example.result)) {
          expect(output).toEqual(example.result);
        }
        expect(strict.validate(builtin.tool.returns ?? {}, output)).toEqual({
          success: true,
          value: undefined,
        });
        const second = await runBuiltinTool({
          tool: builtin,
          arguments: example.arguments,
          validator: strict,
          seed: 7,
        });
        expect(second.status === "ok" && jsonEqual(second.output, output)).toBe(true);
      },
    );

    it.each(builtin.invalidExamples.map((example) => [stringifyJson(example.arguments), example] as const))(
      "rejects %s as invalid arguments with a message a model can learn from",
      async (_arguments, example) => {
        const outcome = await runBuiltinTool({
          tool: builtin,
          arguments: example.arguments,
          validator: strict,
        });
        expect(outcome.status).toBe("invalid_arguments");
        expect(outcome.status !== "ok" && outcome.message).toContain(example.error);
      },
    );
  },
);
