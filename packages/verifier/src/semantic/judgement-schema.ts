import type { JsonSchema } from "@apigen/core";
import { z } from "zod";

/**
 * A judge's answer: its reasoning and its decision. `pass` may be `"yes"`/`"no"` (any case) or a boolean; it is
 * read as a boolean.
 */
export const judgementSchema = z.object({
  thought: z.string(),
  pass: z.union([
    z.boolean(),
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(["yes", "no"]))
      .transform((answer) => answer === "yes"),
  ]),
});
/** A parsed judgement, `pass` as a boolean. */
export type Judgement = z.infer<typeof judgementSchema>;

/** The JSON Schema the judge is asked to answer with (as `responseFormat`). */
export const judgementJsonSchema: JsonSchema = {
  type: "object",
  properties: {
    thought: {
      type: "string",
      description: "Step-by-step reasoning about the calls, their arguments and results.",
    },
    pass: {
      type: "string",
      enum: ["yes", "no"],
      description: "yes when the calls correctly serve the query.",
    },
  },
  required: ["thought", "pass"],
  additionalProperties: false,
};
