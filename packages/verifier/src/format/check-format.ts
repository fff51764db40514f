import type { QueryStyle, StageVerdict } from "@apigen/core";
import type { ArgumentValidator } from "@apigen/tools";
import type { CandidateInput } from "../candidate.js";

const reasonByKeyword: Readonly<Record<string, string>> = {
  required: "missing_required",
  additionalProperties: "unknown_argument",
  type: "type_mismatch",
  enum: "enum_violation",
  const: "enum_violation",
  minimum: "range_violation",
  maximum: "range_violation",
  exclusiveMinimum: "range_violation",
  exclusiveMaximum: "range_violation",
  multipleOf: "range_violation",
  minLength: "range_violation",
  maxLength: "range_violation",
  minItems: "range_violation",
  maxItems: "range_violation",
  uniqueItems: "range_violation",
  format: "format_violation",
  pattern: "pattern_violation",
};

const callCounts: Readonly<Record<QueryStyle, (count: number) => boolean>> = {
  simple: (count) => count === 1,
  multiple: (count) => count === 1,
  parallel: (count) => count >= 2,
  parallel_multiple: (count) => count >= 2,
  no_call: (count) => count === 0,
  missing_argument: (count) => count === 0,
};

/**
 * Stage 1: every call names a tool that was offered, uses only that tool's argument names, gives every required
 * argument, and matches the tool's JSON Schema strictly (no coercion: `true` is not an integer, `"5"` not a
 * number, `5.0` not an integer); the number of calls fits the style asked for. The verdict carries a reason code
 * (`unknown_tool`, `unknown_argument`, `missing_required`, `type_mismatch`, `enum_violation`, `range_violation`,
 * `format_violation`, `pattern_violation`, `wrong_call_count`, `missing_response` for a no-call or
 * missing-argument row without its reply, ...) and the JSON path of the offending value.
 */
export function checkFormat(
  { candidate, tools, style }: CandidateInput,
  validator: ArgumentValidator,
): StageVerdict {
  const fail = (reason: string, detail: string, path: string): StageVerdict => ({
    stage: "format",
    pass: false,
    reason,
    detail,
    path,
  });
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  for (const [index, call] of candidate.answers.entries()) {
    const at = `$.answers[${index}]`;
    const tool = byName.get(call.name);
    if (tool === undefined) {
      return fail(
        "unknown_tool",
        `${call.name} is not one of the tools offered (${[...byName.keys()].join(", ")})`,
        `${at}.name`,
      );
    }
    const properties = tool.parameters.properties ?? {};
    for (const argument of Object.keys(call.arguments)) {
      if (!Object.hasOwn(properties, argument)) {
        return fail(
          "unknown_argument",
          `${call.name} has no argument '${argument}'`,
          `${at}.arguments.${argument}`,
        );
      }
    }
    const checked = validator.validate(tool.parameters, call.arguments);
    if (!checked.success) {
      const path = `${at}.arguments${checked.error.path.slice(1)}`;
      return fail(
        reasonByKeyword[checked.error.keyword] ?? "schema_violation",
        `${call.name}: ${checked.error.message}`,
        path,
      );
    }
  }
  if (style !== undefined && !callCounts[style](candidate.answers.length)) {
    return fail(
      "wrong_call_count",
      `a ${style} row cannot have ${candidate.answers.length} call(s)`,
      "$.answers",
    );
  }
  if ((style === "no_call" || style === "missing_argument") && candidate.response === undefined) {
    const says = style === "no_call" ? "why no offered tool can serve it" : "which value it needs";
    return fail("missing_response", `a ${style} row needs a response that says ${says}`, "$.response");
  }
  return { stage: "format", pass: true, reason: "ok" };
}
