import { createRandom } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { addDays } from "./add-days.js";
import { checkTimeZone } from "./check-time-zone.js";
import { clamp } from "./clamp.js";
import { collectKnownQuantities } from "./collect-known-quantities.js";
import { daysBetween } from "./days-between.js";
import { daysInMonth } from "./days-in-month.js";
import { findDuplicate } from "./find-duplicate.js";
import { foldText } from "./fold-text.js";
import { formatClockTime } from "./format-clock-time.js";
import { formatUtcInstant } from "./format-utc-instant.js";
import { formatUtcOffset } from "./format-utc-offset.js";
import { formatZonedDateTime } from "./format-zoned-date-time.js";
import { fromDayNumber } from "./from-day-number.js";
import { greatestCommonDivisor } from "./greatest-common-divisor.js";
import { localDateTimePattern } from "./local-date-time-pattern.js";
import { parseClockTime } from "./parse-clock-time.js";
import { percentage } from "./percentage.js";
import { randomHex } from "./random-hex.js";
import { roundSignificant } from "./round-significant.js";
import { roundTo } from "./round-to.js";
import { toDayNumber } from "./to-day-number.js";
import { weekdayNames } from "./weekday-names.js";
import { weekdayOf } from "./weekday-of.js";
import { zeroPad } from "./zero-pad.js";
import { zonedDateTime } from "./zoned-date-time.js";
import { zonedToUtc } from "./zoned-to-utc.js";

describe("roundTo", () => {
  it("rounds the binary product by default, ties upward", () => {
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(0.285, 2)).toBe(0.28);
    expect(roundTo(1.005, 2)).toBe(1);
    expect(roundTo(-2.5, 0)).toBe(-2);
    expect(roundTo(1234.5678, 0)).toBe(1235);
  });

  it("rounds the decimal digits as written with method decimal", () => {
    expect(roundTo(1.005, 2, { method: "decimal" })).toBe(1.01);
    expect(roundTo(0.285, 2, { method: "decimal" })).toBe(0.29);
    expect(roundTo(2.135, 2, { method: "decimal" })).toBe(2.14);
    expect(roundTo(-1.005, 2, { method: "decimal" })).toBe(-1);
    expect(roundTo(1e300, 2, { method: "decimal" })).toBe(1e300);
  });

  it("sends ties away from zero with method half-away-from-zero", () => {
    expect(roundTo(2.5, 0, { method: "half-away-from-zero" })).toBe(3);
    expect(roundTo(-2.5, 0, { method: "half-away-from-zero" })).toBe(-3);
    expect(roundTo(-1.235, 2, { method: "half-away-from-zero" })).toBe(-1.24);
    expect(roundTo(1.005, 2, { method: "half-away-from-zero" })).toBe(1);
  });

  it("carries small ties up with method epsilon", () => {
    expect(roundTo(1.005, 2, { method: "epsilon" })).toBe(1.01);
    expect(roundTo(2.135, 2, { method: "epsilon" })).toBe(2.13);
    expect(roundTo(0.125, 2, { method: "epsilon" })).toBe(0.13);
  });

  it("never returns -0", () => {
    for (const method of ["binary", "decimal", "half-away-from-zero", "epsilon"] as const) {
      expect(Object.is(roundTo(-0.001, 2, { method }), 0)).toBe(true);
    }
  });
});

describe("roundSignificant", () => {
  it("keeps a number of significant digits, never -0", () => {
    expect(roundSignificant(299792458, 3)).toBe(300000000);
    expect(roundSignificant(0.000123456, 2)).toBe(0.00012);
    expect(roundSignificant(-6.62607015e-34, 4)).toBe(-6.626e-34);
    expect(Object.is(roundSignificant(-0, 3), 0)).toBe(true);
  });
});

describe("percentage", () => {
  it("rounds a share to two decimals by default and answers 0 for a zero whole", () => {
    expect(percentage(1, 3)).toBe(33.33);
    expect(percentage(2, 3, { decimals: 1 })).toBe(66.7);
    expect(percentage(5, 0)).toBe(0);
    expect(Object.is(percentage(-1, 1e7), 0)).toBe(true);
  });
});

describe("zeroPad", () => {
  it("writes integers with leading zeros to a width", () => {
    expect(zeroPad(7)).toBe("07");
    expect(zeroPad(45)).toBe("45");
    expect(zeroPad(45, 3)).toBe("045");
    expect(zeroPad(2024, 4)).toBe("2024");
  });
});

describe("clamp and greatestCommonDivisor", () => {
  it("limits a value to a range", () => {
    expect(clamp(3.1, 0, 2.375)).toBe(2.375);
    expect(clamp(-5, -1, 1)).toBe(-1);
    expect(clamp(0.25, -1, 1)).toBe(0.25);
  });

  it("finds the greatest common divisor", () => {
    expect(greatestCommonDivisor(1920, 1080)).toBe(120);
    expect(greatestCommonDivisor(7, 0)).toBe(7);
    expect(greatestCommonDivisor(17, 5)).toBe(1);
  });
});

describe("day numbers", () => {
  it("counts days from 1970-01-01 both ways and back", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1970-01-02")).toBe(1);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(fromDayNumber(toDayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(fromDayNumber(-1)).toBe("1969-12-31");
  });

  it("adds days and measures the days between two dates", () => {
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(daysBetween("2024-02-01", "2024-03-01")).toBe(29);
    expect(daysBetween("2024-03-01", "2024-02-01")).toBe(-29);
  });

  it("names the weekday of a day number, before 1970 too", () => {
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayNames[weekdayOf(toDayNumber("2024-03-01"))]).toBe("Friday");
    expect(weekdayNames[weekdayOf(toDayNumber("1950-12-25"))]).toBe("Monday");
    for (const date of ["1900-01-01", "1969-07-20", "2000-02-29", "2100-12-31"]) {
      expect(weekdayOf(toDayNumber(date))).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });

  it("knows the length of months, leap years included", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe("clock times", () => {
  it("reads HH:MM as minutes after midnight", () => {
    expect(parseClockTime("00:00")).toBe(0);
    expect(parseClockTime("09:30")).toBe(570);
    expect(parseClockTime("23:59")).toBe(1439);
  });

  it("writes minutes as HH:MM, rounded and wrapped into one day", () => {
    expect(formatClockTime(570)).toBe("09:30");
    expect(formatClockTime(-30)).toBe("23:30");
    expect(formatClockTime(1440 + 75)).toBe("01:15");
    expect(formatClockTime(89.6)).toBe("01:30");
  });
});

describe("instants and time zones", () => {
  it("writes UTC timestamps with or without milliseconds", () => {
    expect(formatUtcInstant(Date.UTC(2024, 0, 2, 3, 4, 5))).toBe("2024-01-02T03:04:05Z");
    expect(formatUtcInstant(Date.UTC(2024, 0, 2, 3, 4, 5, 250))).toBe("2024-01-02T03:04:05.250Z");
    expect(formatUtcInstant(Date.UTC(2024, 0, 2, 3, 4, 5, 250), { milliseconds: "never" })).toBe(
      "2024-01-02T03:04:05Z",
    );
  });

  it("writes UTC offsets as ±HH:MM", () => {
    expect(formatUtcOffset(0)).toBe("+00:00");
    expect(formatUtcOffset(330)).toBe("+05:30");
    expect(formatUtcOffset(-240)).toBe("-04:00");
    expect(formatUtcOffset(-570)).toBe("-09:30");
  });

  it("gives the wall clock and offset of an instant in a zone, daylight saving included", () => {
    expect(zonedDateTime(Date.UTC(2024, 6, 1, 12), "Europe/London")).toEqual({
      datetime: "2024-07-01T13:00:00",
      offsetMinutes: 60,
    });
    expect(zonedDateTime(Date.UTC(2024, 0, 15, 12, 0, 30), "America/New_York")).toEqual({
      datetime: "2024-01-15T07:00:30",
      offsetMinutes: -300,
    });
    expect(formatZonedDateTime(Date.UTC(2024, 5, 1, 6, 45), "Asia/Kolkata")).toBe(
      "2024-06-01T12:15:00+05:30",
    );
  });

  it("finds the instant of a local time, and shows when clocks skip it", () => {
    expect(zonedToUtc("2024-07-01T13:00", "Europe/London")).toBe(Date.UTC(2024, 6, 1, 12));
    expect(zonedToUtc("2024-01-15T07:00:30", "America/New_York")).toBe(Date.UTC(2024, 0, 15, 12, 0, 30));
    expect(zonedToUtc("2024-06-01T22:15", "America/Los_Angeles")).toBe(Date.UTC(2024, 5, 2, 5, 15));
    const skipped = zonedToUtc("2024-03-31T01:30", "Europe/London");
    expect(zonedDateTime(skipped, "Europe/London").datetime).not.toBe("2024-03-31T01:30:00");
  });

  it("accepts known IANA zones and rejects others with a ToolArgumentError", () => {
    expect(() => checkTimeZone("Asia/Tokyo", "to_timezone")).not.toThrow();
    expect(() => checkTimeZone("Mars/Olympus", "to_timezone")).toThrow(
      "unknown time zone 'Mars/Olympus' for to_timezone",
    );
    try {
      checkTimeZone("Mars/Olympus", "to_timezone");
    } catch (error) {
      expect(ToolArgumentError.isInstance(error)).toBe(true);
    }
  });

  it("has a schema pattern for local date-times without offset", () => {
    const pattern = new RegExp(localDateTimePattern);
    expect(pattern.test("2024-03-15T09:30")).toBe(true);
    expect(pattern.test("2024-03-15T09:30:15")).toBe(true);
    expect(pattern.test("2024-03-15T24:00")).toBe(false);
    expect(pattern.test("2024-03-15T09:30Z")).toBe(false);
  });
});

describe("foldText", () => {
  it("lowers case, removes accents and trims", () => {
    expect(foldText("  São Paulo ")).toBe("sao paulo");
    expect(foldText("Zlatan Ibrahimović")).toBe("zlatan ibrahimovic");
  });

  it("turns punctuation into single spaces when asked", () => {
    expect(foldText("Spider-Man: No Way Home", { punctuation: "space" })).toBe("spider man no way home");
    expect(foldText("Amélie!", { punctuation: "space" })).toBe("amelie");
    expect(foldText("Amélie!")).toBe("amelie!");
  });
});

describe("findDuplicate", () => {
  it("returns the first item whose key came before", () => {
    expect(findDuplicate(["a", "b", "A", "b"], (name) => name.toLowerCase())).toBe("A");
    expect(findDuplicate([{ sku: "X" }, { sku: "Y" }, { sku: "X", n: 2 }], (item) => item.sku)).toEqual({
      sku: "X",
      n: 2,
    });
    expect(findDuplicate([1, 2, 3])).toBeUndefined();
    expect(findDuplicate([])).toBeUndefined();
  });
});

describe("randomHex", () => {
  it("draws lower-case hex digits, the same for the same seed", () => {
    const first = randomHex(createRandom(1), 32);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(randomHex(createRandom(1), 32)).toBe(first);
    expect(randomHex(createRandom(2), 32)).not.toBe(first);
    expect(randomHex(createRandom(1), 0)).toBe("");
  });
});

describe("collectKnownQuantities", () => {
  const quantities = ["c1", "v1", "c2", "v2"] as const;
  type Quantity = (typeof quantities)[number];

  it("returns every quantity with the unknown set to 0", () => {
    const args: { solve_for: Quantity } & Partial<Record<Quantity, number>> = {
      solve_for: "v2",
      c1: 2,
      v1: 1,
      c2: 0.5,
    };
    expect(collectKnownQuantities(args, quantities)).toEqual({ c1: 2, v1: 1, c2: 0.5, v2: 0 });
  });

  it("rejects a given unknown and a missing known quantity", () => {
    expect(() => collectKnownQuantities({ solve_for: "c1", c1: 1, v1: 1, c2: 1, v2: 1 }, quantities)).toThrow(
      "c1 is the unknown being solved for: leave it out",
    );
    expect(() => collectKnownQuantities({ solve_for: "c1", v1: 1, v2: 1 }, quantities)).toThrow(
      "c2 is needed to solve for c1",
    );
  });
});
