/** A checker's verdict, with the official checker's error type names. */
export interface CheckResult {
  valid: boolean;
  /** e.g. `simple_function_checker:missing_required`, `type_error:simple`; `null` when valid. */
  errorType: string | null;
  /** The human-readable messages, as the official checker collects them. */
  error: string[];
}

/** A valid verdict. */
export const passed: CheckResult = { valid: true, errorType: null, error: [] };

/** An invalid verdict with one message. */
export function failed(errorType: string, message: string): CheckResult {
  return { valid: false, errorType, error: [message] };
}
