import { JsonFloat, type ObjectSchema } from "@apigen/core";
import { type BuiltinTool, type BuiltinToolDefinition, defineTool } from "../../builtin/define-tool.js";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";

const noArguments: ObjectSchema = { type: "object", properties: {}, additionalProperties: false };
const examples: Pick<BuiltinToolDefinition<unknown>, "examples" | "invalidExamples"> = {
  examples: [{ arguments: {}, result: null }],
  invalidExamples: [{ arguments: { x: 1 }, error: "unknown argument" }],
};

/** Tools that hang, allocate without end, throw or answer large, for the executor's tests. */
export const misbehavingTools: readonly BuiltinTool[] = [
  defineTool<{ text: string }>({
    name: "echo_text",
    description: "Echo a text.",
    category: "Tools",
    parameters: {
      type: "object",
      properties: { text: { type: "string" } },
      required: ["text"],
      additionalProperties: false,
    },
    returns: { type: "string" },
    ...examples,
    run: ({ text }) => text,
  }),
  defineTool<Record<string, never>>({
    name: "hang_forever",
    description: "Loop forever.",
    category: "Tools",
    parameters: noArguments,
    returns: { type: "null" },
    ...examples,
    run: () => {
      for (;;) {
        // A hang on purpose.
      }
    },
  }),
  defineTool<Record<string, never>>({
    name: "allocate_forever",
    description: "Allocate until memory runs out.",
    category: "Tools",
    parameters: noArguments,
    returns: { type: "null" },
    ...examples,
    run: () => {
      const kept: number[][] = [];
      for (;;) {
        kept.push(Array.from({ length: 100_000 }, (_, index) => index));
      }
    },
  }),
  defineTool<Record<string, never>>({
    name: "throw_error",
    description: "Fail.",
    category: "Tools",
    parameters: noArguments,
    returns: { type: "null" },
    ...examples,
    run: () => {
      throw new Error("the service is down");
    },
  }),
  defineTool<Record<string, never>>({
    name: "reject_arguments",
    description: "Reject its arguments.",
    category: "Tools",
    parameters: noArguments,
    returns: { type: "null" },
    ...examples,
    run: () => {
      throw new ToolArgumentError({ message: "start must be before end", argument: "start" });
    },
  }),
  defineTool<{ size: number }>({
    name: "large_answer",
    description: "Answer a string of the given size and a whole-valued float.",
    category: "Tools",
    parameters: {
      type: "object",
      properties: { size: { type: "integer", minimum: 0 } },
      required: ["size"],
      additionalProperties: false,
    },
    returns: { type: "object" },
    ...examples,
    run: ({ size }, { random }) => ({ text: "x".repeat(size), ratio: new JsonFloat(5), draw: random.next() }),
  }),
];
