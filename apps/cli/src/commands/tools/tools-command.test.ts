import { isJsonObject, parseJson } from "@apigen/core";
import { builtinTools } from "@apigen/tools";
import { describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";

describe("apigen tools list", () => {
  it("prints a table of every built-in tool with counts per category", async () => {
    const { code, stdout } = await runApigen("tools", "list");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^NAME\s+CATEGORY\s+SIMULATED\s+DESCRIPTION$/);
    expect(stdout).toMatch(/^solve_quadratic\s+Math\s+no\s+Find the real roots of the quadratic equation/m);
    const categories = new Set(builtinTools.map((builtin) => builtin.tool.category));
    const simulated = builtinTools.filter((builtin) => builtin.simulated !== undefined).length;
    expect(stdout).toContain(
      `${builtinTools.length} tools in ${categories.size} categories, ${simulated} simulated\n`,
    );
    const mathCount = builtinTools.filter((builtin) => builtin.tool.category === "Math").length;
    expect(stdout).toMatch(new RegExp(`(^|, )Math ${mathCount}(,|$)`, "m"));
    expect(lines.filter((line) => /^[a-z][a-z0-9_]+ {2}/.test(line))).toHaveLength(builtinTools.length);
  });

  it("keeps abbreviations and parentheses inside a description's first sentence", async () => {
    const { stdout } = await runApigen("tools", "list", "--category", "science");
    expect(stdout).toMatch(
      /^calculate_molar_mass\s+Science\s+no\s+Calculate the molar mass of a chemical formula \(e\.g\. H2O/m,
    );
  });

  it("filters by category, whatever its case", async () => {
    const { code, stdout } = await runApigen("tools", "list", "--category", "math");
    expect(code).toBe(0);
    const rows = stdout.split("\n").filter((line) => /^[a-z][a-z0-9_]+ {2}/.test(line));
    expect(rows.length).toBe(builtinTools.filter((builtin) => builtin.tool.category === "Math").length);
    expect(rows.every((row) => /^\S+\s+Math\s/.test(row))).toBe(true);
    expect(stdout).toMatch(/tools? in 1 category/);
  });

  it("exits with 1 and suggests a category for an unknown one", async () => {
    const { code, stderr } = await runApigen("tools", "list", "--category", "Mathh");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^apigen: unknown category "Mathh"\. Did you mean Math\?/);
    expect(stderr).toContain("Categories: Finance, Data, Sports");
  });

  it("prints JSON that parses, one entry per tool", async () => {
    const { code, stdout } = await runApigen("tools", "list", "--json");
    expect(code).toBe(0);
    const entries = parseJson(stdout);
    expect(Array.isArray(entries) && entries.length).toBe(builtinTools.length);
    expect(
      Array.isArray(entries)
        ? entries.find((entry) => isJsonObject(entry) && entry.name === "solve_quadratic")
        : undefined,
    ).toEqual({
      name: "solve_quadratic",
      category: "Math",
      simulated: false,
      covers: null,
      description: expect.stringContaining("quadratic"),
    });
  });

  it("documents its options", async () => {
    const { code, stdout } = await runApigen("tools", "list", "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: apigen tools list \[options\]/);
    expect(stdout).toMatch(/-c, --category <name>/);
    expect(stdout).toMatch(/--json/);
    expect(stdout).toMatch(/simulated tool stands for a live service/);
  });
});

describe("apigen tools show", () => {
  it("prints a tool's description, category, schemas and examples", async () => {
    const { code, stdout } = await runApigen("tools", "show", "solve_quadratic");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^solve_quadratic {2}\[Math\]\n\nFind the real roots/);
    expect(stdout).toContain("Simulated: no (computes for real)");
    expect(stdout).toMatch(/Parameters:\n {2}\{\n {4}"type": "object",/);
    expect(stdout).toContain('"description": "Coefficient of x^2; must not be 0."');
    expect(stdout).toMatch(/Returns:\n {2}\{/);
    expect(stdout).toContain('solve_quadratic({"a":1,"b":-3,"c":2})\n    → {"discriminant":1,"roots":[1,2]}');
    expect(stdout).toContain('solve_quadratic({"a":0,"b":2,"c":1})\n    ✗ a must not be 0');
  });

  it("says what a simulated tool's data covers", async () => {
    const simulated = builtinTools.find((builtin) => builtin.simulated !== undefined);
    if (simulated === undefined) {
      return;
    }
    const { code, stdout } = await runApigen("tools", "show", simulated.tool.name);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Simulated: yes, a deterministic stand-in for a live service; its data covers ${simulated.simulated?.covers}`,
    );
  });

  it("prints JSON that parses back to the tool", async () => {
    const { code, stdout } = await runApigen("tools", "show", "solve_quadratic", "--json");
    expect(code).toBe(0);
    const shown = parseJson(stdout);
    const builtin = builtinTools.find((item) => item.tool.name === "solve_quadratic");
    expect(shown).toMatchObject({
      name: "solve_quadratic",
      category: "Math",
      simulated: null,
      parameters: builtin?.tool.parameters,
      examples: [
        { arguments: { a: 1, b: -3, c: 2 }, result: { discriminant: 1, roots: [1, 2] } },
        expect.anything(),
      ],
    });
  });

  it("exits with 1 for an unknown name and suggests close ones", async () => {
    const { code, stdout, stderr } = await runApigen("tools", "show", "solve_quadratc");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'apigen: unknown tool "solve_quadratc". Did you mean solve_quadratic? Run "apigen tools list" to see every tool.\n',
    );
  });

  it("is a usage error without a name, and documents itself", async () => {
    const missing = await runApigen("tools", "show");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing required argument 'name'/);
    const help = await runApigen("tools", "show", "--help");
    expect(help.stdout).toMatch(/Usage: apigen tools show \[options\] <name>/);
    expect(help.stdout).toMatch(/exits with code 1 and suggests the closest names/);
    const group = await runApigen("tools", "--help");
    expect(group.stdout).toMatch(/list \[options\]\s+List the built-in tools/);
    expect(group.stdout).toMatch(/show \[options\] <name>\s+Show one built-in tool/);
  });
});
