import type { JsonSchema, QueryStyle } from "@apigen/core";
import type { CountRange } from "../count-range.js";

/** Options of {@link buildResponseSchema}. */
export interface BuildResponseSchemaOptions {
  style: QueryStyle;
  /** Names of the tools the answers may call. */
  toolNames: readonly string[];
  /** Calls per answer: one for simple and multiple, this range for the parallel styles, none otherwise. */
  callsPerAnswer: CountRange;
  withThought: boolean;
}

/**
 * The JSON Schema of a generation answer: an object whose `pairs` list holds `{query, answers}` objects (an
 * object at the root, as OpenAI's structured outputs require), with `thought` when asked and
 * `response` for the no-call styles, calls limited to the offered tools and to the style's number of calls.
 *
 * @example
 * buildResponseSchema({ style: "simple", toolNames: ["get_weather"], callsPerAnswer: { min: 1, max: 1 }, withThought: false });
 */
export function buildResponseSchema({
  style,
  toolNames,
  callsPerAnswer,
  withThought,
}: BuildResponseSchemaOptions): JsonSchema {
  const noCall = style === "no_call" || style === "missing_argument";
  const parallel = style === "parallel" || style === "parallel_multiple";
  const call: JsonSchema = {
    type: "object",
    properties: {
      name: { type: "string", enum: [...toolNames] },
      arguments: { type: "object" },
    },
    required: ["name", "arguments"],
    additionalProperties: false,
  };
  const answers: JsonSchema = noCall
    ? { type: "array", maxItems: 0 }
    : {
        type: "array",
        items: call,
        minItems: parallel ? callsPerAnswer.min : 1,
        maxItems: parallel ? callsPerAnswer.max : 1,
      };
  const properties: Record<string, JsonSchema> = {
    ...(withThought ? { thought: { type: "string" } } : {}),
    query: { type: "string", minLength: 1 },
    answers,
    ...(noCall ? { response: { type: "string", minLength: 1 } } : {}),
  };
  return {
    type: "object",
    properties: {
      pairs: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          properties,
          required: Object.keys(properties),
          additionalProperties: false,
        },
      },
    },
    required: ["pairs"],
    additionalProperties: false,
  };
}
