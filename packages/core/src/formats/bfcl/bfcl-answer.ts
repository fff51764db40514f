import { z } from "zod";
import { isJsonObject, type JsonValue } from "../../json/json-value.js";
import { type ExpectedCall, expectedCallSchema } from "../../schemas/expected-call.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { bfclFormat } from "./bfcl-format.js";

/**
 * A line of a single-turn AST possible-answer file: each ground-truth call is a one-key object
 * `{function name: {parameter: [acceptable values...]}}`.
 */
export interface BfclAnswer {
  id: string;
  ground_truth: Record<string, Record<string, JsonValue[]>>[];
}

/** The expected calls of one BFCL entry in canonical form. */
export const bfclExpectedCallsSchema = z.object({
  id: z.string().min(1),
  calls: z.array(expectedCallSchema),
});
/** The expected calls of one BFCL entry: its id and one {@link ExpectedCall} per ground-truth call. */
export type BfclExpectedCalls = z.infer<typeof bfclExpectedCallsSchema>;

const notAstAnswer = "multi-turn, memory and web-search answers are not single-turn AST answers";

/**
 * Converts a possible-answer line into {@link BfclExpectedCalls}, keeping every option list verbatim and in
 * order (the `""` "may be omitted" marker and nested dict options included). Only the top-level value of each
 * parameter must be a list; what lies inside is kept whatever it is (the data has dict options whose values are
 * not lists). Throws a `ConversionError` naming the row and field otherwise.
 *
 * @example
 * bfclAnswerToExpectedCalls({ id: "simple_python_0", ground_truth: [{ area: { base: [10], unit: ["units", ""] } }] })
 * // { id: "simple_python_0", calls: [{ name: "area", arguments: { base: [10], unit: ["units", ""] } }] }
 */
export function bfclAnswerToExpectedCalls(
  entry: unknown,
  { row }: { row?: string | number } = {},
): BfclExpectedCalls {
  if (!isJsonObject(entry)) {
    throw conversionError({ format: bfclFormat, row }, "a possible-answer entry must be an object");
  }
  const id = entry.id;
  if (typeof id !== "string" || id === "") {
    throw conversionError(
      { format: bfclFormat, row, field: "id" },
      "a possible-answer entry needs a string id",
    );
  }
  const at = (field: string): ConversionContext => ({ format: bfclFormat, row: id, field });
  const unknownKey = Object.keys(entry).find((key) => key !== "id" && key !== "ground_truth");
  if (unknownKey !== undefined) {
    throw conversionError(at(joinField(undefined, unknownKey)), `unknown key; ${notAstAnswer}`);
  }
  const groundTruth = entry.ground_truth;
  if (!Array.isArray(groundTruth)) {
    throw conversionError(at("ground_truth"), "ground_truth must be a list of calls");
  }
  return {
    id,
    calls: groundTruth.map((call, index) => readCall(call, at(joinField("ground_truth", index)))),
  };
}

function readCall(call: JsonValue, context: ConversionContext): ExpectedCall {
  const keys = isJsonObject(call) ? Object.keys(call) : [];
  const [name] = keys;
  if (!isJsonObject(call) || keys.length !== 1 || name === undefined || name === "") {
    throw conversionError(
      context,
      `a ground-truth call must be an object with one key, the function name (${notAstAnswer})`,
    );
  }
  const callField = joinField(context.field, name);
  const parameters = call[name];
  if (!isJsonObject(parameters)) {
    throw conversionError(
      { ...context, field: callField },
      "the parameters of a ground-truth call must be an object of option lists",
    );
  }
  const entries = Object.entries(parameters).map(([parameter, options]): [string, JsonValue[]] => {
    if (!Array.isArray(options)) {
      throw conversionError(
        { ...context, field: joinField(callField, parameter) },
        "the options of a parameter must be a list of acceptable values",
      );
    }
    return [parameter, [...options]];
  });
  return { name, arguments: Object.fromEntries(entries) };
}

/**
 * Converts {@link BfclExpectedCalls} back into a possible-answer line, the inverse of
 * {@link bfclAnswerToExpectedCalls}. Throws a `ConversionError` for an argument whose options are not a list.
 */
export function expectedCallsToBfclAnswer({ id, calls }: BfclExpectedCalls): BfclAnswer {
  const groundTruth = calls.map((call, index) => {
    const entries = Object.entries(call.arguments).map(([parameter, options]): [string, JsonValue[]] => {
      if (!Array.isArray(options)) {
        throw conversionError(
          { format: bfclFormat, row: id, field: joinField(`calls[${index}].arguments`, parameter) },
          "the options of an argument must be a list",
        );
      }
      return [parameter, [...options]];
    });
    return Object.fromEntries([[call.name, Object.fromEntries(entries)]]) as Record<
      string,
      Record<string, JsonValue[]>
    >;
  });
  return { id, ground_truth: groundTruth };
}
