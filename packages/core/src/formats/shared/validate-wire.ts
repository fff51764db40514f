import type { z } from "zod";
import type { ConversionContext } from "./conversion-context.js";
import { conversionError } from "./conversion-error.js";
import { joinField } from "./join-field.js";

/** Options of {@link validateWire}. */
export interface ValidateWireOptions {
  /**
   * Words put before zod's message in the error's reason: `"is not valid JSON Schema"` gives reasons such as
   * `is not valid JSON Schema: Invalid input: expected array, received string`.
   */
  reasonPrefix?: string | undefined;
}

/**
 * Checks `value` against a wire schema and returns it unchanged on success (not zod's copy, which rebuilds
 * objects in the schema's key order), typed as the schema's output. The first problem becomes a
 * `ConversionError` whose field is `context.field` followed by the path zod reports, e.g.
 * `messages[2].tool_calls[0].function.name` (see `joinField`). A failed union reports the issue of the
 * branch that got deepest, and an unrecognized key is named at the end of the path.
 *
 * Use it only with schemas that have no transforms or defaults, since the input is what comes back.
 *
 * @example
 * const chat = validateWire(openAiChatSchema, record, { format: "openai", row: 12 });
 */
export function validateWire<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  context: ConversionContext,
  { reasonPrefix }: ValidateWireOptions = {},
): z.output<Schema> {
  const checked = schema.safeParse(value);
  if (checked.success) {
    return value as z.output<Schema>;
  }
  const first = checked.error.issues[0];
  const reason = (message: string) => (reasonPrefix === undefined ? message : `${reasonPrefix}: ${message}`);
  if (first === undefined) {
    throw conversionError(context, reason("invalid value"), checked.error);
  }
  const { issue, path } = deepestIssue(first);
  const field = path.reduce<string>(
    (current, segment) => joinField(current, typeof segment === "symbol" ? String(segment) : segment),
    context.field ?? "",
  );
  throw conversionError({ ...context, field }, reason(issue.message), checked.error);
}

/**
 * The issue to report for `first` and its path: through failed unions, the first issue of the branch whose
 * path is longest (the first such branch on a tie), then the unrecognized key where there is one.
 */
function deepestIssue(first: z.core.$ZodIssue): { issue: z.core.$ZodIssue; path: PropertyKey[] } {
  let issue = first;
  const path: PropertyKey[] = [];
  while (issue.code === "invalid_union") {
    const branch = issue.errors
      .map((issues) => issues[0])
      .reduce<z.core.$ZodIssue | undefined>(
        (best, candidate) =>
          candidate !== undefined && (best === undefined || candidate.path.length > best.path.length)
            ? candidate
            : best,
        undefined,
      );
    if (branch === undefined) {
      break;
    }
    path.push(...issue.path);
    issue = branch;
  }
  path.push(...issue.path);
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) {
    path.push(issue.keys[0]);
  }
  return { issue, path };
}
