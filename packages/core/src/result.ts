/**
 * The outcome of an operation whose failure is expected data rather than an accident: a rejected candidate, a
 * failed check, unparseable model output. Infrastructure failures are thrown instead.
 */
export type Result<Value, Failure = Error> =
  | { success: true; value: Value }
  | { success: false; error: Failure };
