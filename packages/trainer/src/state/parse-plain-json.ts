import { type Result, safeParseJson, toPlainJson } from "@apigen/core";
import type { z } from "zod";

/**
 * Parses JSON text written by a program (the training script, this package) into plain numbers and validates it:
 * `1.0` becomes the number 1, as the schemas of heartbeats and states expect.
 */
export function parsePlainJson<Schema extends z.ZodType>({
  text,
  schema,
}: {
  text: string;
  schema: Schema;
}): Result<z.output<Schema>, Error> {
  const parsed = safeParseJson({ text });
  if (!parsed.success) {
    return parsed;
  }
  const checked = schema.safeParse(toPlainJson(parsed.value));
  return checked.success ? { success: true, value: checked.data } : { success: false, error: checked.error };
}
