import { z } from "zod";
import { jsonValueSchema } from "../json/json-value.js";

/**
 * How a tool call ended. `ok` is the only success; every other class is a different kind of failure that the
 * execution stage records as its reason.
 */
export const executionStatuses = [
  "ok",
  "invalid_arguments",
  "tool_error",
  "timeout",
  "memory_limit",
  "crashed",
  "network_denied",
  "unknown_tool",
] as const;
export const executionStatusSchema = z.enum(executionStatuses);
export type ExecutionStatus = z.infer<typeof executionStatusSchema>;

/** The result of running one call, as kept with an example (the output possibly truncated). */
export const executionRecordSchema = z.object({
  /** Index of the call in the example's `answers`. */
  call: z.number().int().nonnegative(),
  name: z.string(),
  status: executionStatusSchema,
  /** What the tool returned (or, for failures, any structured error payload). */
  output: jsonValueSchema.optional(),
  /** The error message of a failed call. */
  message: z.string().optional(),
  /** True when `output` was cut to the configured size. */
  truncated: z.boolean().optional(),
  durationMs: z.number().nonnegative().optional(),
});
export type ExecutionRecord = z.infer<typeof executionRecordSchema>;
