import { z } from "zod";
import { jsonValueSchema } from "../json/json-value.js";

/**
 * A call as a benchmark's ground truth states it: each argument maps to the list of acceptable values, in the
 * order given (order matters to the BFCL checker). An empty string `""` among them means the argument may be
 * left out. Values of object-typed arguments are objects whose values are again lists of acceptable values.
 */
export const expectedCallSchema = z.object({
  name: z.string().min(1),
  arguments: z.record(z.string(), z.array(jsonValueSchema)),
});
export type ExpectedCall = z.infer<typeof expectedCallSchema>;
