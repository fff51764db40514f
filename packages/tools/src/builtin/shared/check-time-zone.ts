import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { zonedDateTime } from "./zoned-date-time.js";

/**
 * Throws a `ToolArgumentError` for `argument` unless `zone` is an IANA time zone the runtime knows.
 *
 * @example
 * checkTimeZone("Europe/Paris", "from_timezone"); // passes
 * checkTimeZone("Mars/Olympus", "from_timezone"); // throws "unknown time zone 'Mars/Olympus' for from_timezone; ..."
 */
export function checkTimeZone(zone: string, argument: string): void {
  try {
    zonedDateTime(0, zone);
  } catch {
    throw new ToolArgumentError({
      message: `unknown time zone '${zone}' for ${argument}; use an IANA name such as America/New_York, Europe/London, Asia/Tokyo or UTC`,
      argument,
    });
  }
}
