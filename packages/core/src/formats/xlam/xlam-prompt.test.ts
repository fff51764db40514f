import { describe, expect, it } from "vitest";
import { parseJson } from "../../json/parse-json.js";
import type { Tool } from "../../schemas/tool.js";
import { renderXlamPrompt, xlamPromptTool } from "./xlam-prompt.js";

const tool: Tool = {
  name: "check_prime_number",
  description: "Test whether an integer is prime.",
  parameters: {
    type: "object",
    properties: { n: { type: "integer", minimum: 2 }, explain: { type: "boolean" } },
    required: ["n"],
  },
};

describe("the xLAM prompt", () => {
  it("lists tools with the properties map, required ones marked", () => {
    expect(xlamPromptTool(tool)).toEqual({
      name: "check_prime_number",
      description: "Test whether an integer is prime.",
      parameters: { n: { type: "integer", minimum: 2, required: true }, explain: { type: "boolean" } },
    });
  });

  it("holds the four marked blocks in order, the tools as JSON and the context in the task", () => {
    const prompt = renderXlamPrompt({ tools: [tool], query: "Is 97 prime?", context: "Today is Monday." });
    const blocks = ["TASK INSTRUCTION", "AVAILABLE TOOLS", "FORMAT INSTRUCTION", "QUERY"];
    const starts = blocks.map((block) => prompt.indexOf(`[BEGIN OF ${block}]`));
    expect(
      starts.every((start, index) => start >= 0 && (index === 0 || start > (starts[index - 1] ?? 0))),
    ).toBe(true);
    const tools = /\[BEGIN OF AVAILABLE TOOLS\]\n(.*)\n\[END OF AVAILABLE TOOLS\]/s.exec(prompt)?.[1] ?? "";
    expect(parseJson(tools)).toEqual([xlamPromptTool(tool)]);
    expect(prompt).toMatch(/Today is Monday\.\n\[END OF TASK INSTRUCTION\]/);
    expect(prompt.endsWith("[BEGIN OF QUERY]\nIs 97 prime?\n[END OF QUERY]")).toBe(true);
    expect(renderXlamPrompt({ tools: [tool], query: "q" })).not.toContain("undefined");
  });
});
