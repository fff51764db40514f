const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The wall-clock time (`YYYY-MM-DDTHH:mm:ss`, whole seconds) and the UTC offset in minutes of an instant in an
 * IANA time zone. Throws a `RangeError` for a zone the runtime does not know.
 *
 * @example
 * zonedDateTime(Date.UTC(2024, 6, 1, 12), "Europe/London"); // { datetime: "2024-07-01T13:00:00", offsetMinutes: 60 }
 */
export function zonedDateTime(ms: number, zone: string): { datetime: string; offsetMinutes: number } {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return {
    datetime: new Date(wall).toISOString().slice(0, 19),
    offsetMinutes: Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000),
  };
}
