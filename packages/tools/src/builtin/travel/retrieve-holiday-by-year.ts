import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { daysInMonth } from "../shared/days-in-month.js";
import { easterSunday } from "../shared/easter-sunday.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayOf } from "../shared/weekday-of.js";
import { zeroPad } from "../shared/zero-pad.js";
import {
  type HolidayCountry,
  holidayCountries,
  orthodoxCountries,
  type PublicHolidayRule,
  publicHolidayRules,
} from "./data/public-holiday-rules.js";

function dayOf(rule: PublicHolidayRule, year: number, easter: number): number {
  const { on } = rule;
  if (typeof on === "string") {
    return toDayNumber(`${year}-${on}`);
  }
  if (typeof on === "number") {
    return easter + on;
  }
  const [month, weekday, nth] = on;
  if (nth > 0) {
    const first = toDayNumber(`${year}-${zeroPad(month)}-01`);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
  }
  const last = toDayNumber(`${year}-${zeroPad(month)}-${zeroPad(daysInMonth(year, month))}`);
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** The public holidays of a country in a year (BFCL's `retrieve_holiday_by_year`). */
export const retrieveHolidayByYear = defineTool<{ year: string; country: HolidayCountry }>({
  name: "retrieve_holiday_by_year",
  description:
    "Finds the nationwide public holidays of a year (1900 to 2099) in one of 12 countries, computed from each country's statutory rules (fixed dates, Easter-based feasts, nth weekdays), as a list of {date, name} in date order. Regional holidays, weekend substitutes and one-off changes are not included.",
  category: "Travel",
  parameters: {
    type: "object",
    properties: {
      year: {
        type: "string",
        pattern: "^(19|20)[0-9]{2}$",
        description: "The year of the holidays, e.g. '2024'.",
      },
      country: {
        type: "string",
        enum: [...holidayCountries],
        description:
          "The country of the holidays, an ISO code: US, AT, DE, ES, FR, GB, IT, NL, PL, RO, SK or UA.",
      },
    },
    required: ["year", "country"],
    additionalProperties: false,
  },
  returns: {
    type: "array",
    items: {
      type: "object",
      properties: { date: { type: "string", format: "date" }, name: { type: "string" } },
      required: ["date", "name"],
      additionalProperties: false,
    },
  },
  examples: [
    {
      arguments: { year: "2024", country: "GB" },
      result: [
        { date: "2024-01-01", name: "New Year's Day" },
        { date: "2024-03-29", name: "Good Friday" },
        { date: "2024-04-01", name: "Easter Monday" },
        { date: "2024-05-06", name: "Early May Bank Holiday" },
        { date: "2024-05-27", name: "Spring Bank Holiday" },
        { date: "2024-08-26", name: "Summer Bank Holiday" },
        { date: "2024-12-25", name: "Christmas Day" },
        { date: "2024-12-26", name: "Boxing Day" },
      ],
    },
  ],
  invalidExamples: [
    { arguments: { year: "2024", country: "JP" }, error: "$.country must be one of" },
    { arguments: { year: "24", country: "US" }, error: "$.year must match pattern" },
  ],
  run: ({ year, country }) => {
    const number = Number(year);
    if (!Number.isInteger(number)) {
      throw new ToolArgumentError({
        message: `year must be a year such as '2024'; got '${year}'`,
        argument: "year",
      });
    }
    const easter = easterSunday(number, { orthodox: orthodoxCountries.has(country) });
    return publicHolidayRules[country]
      .filter((rule) => (rule.since ?? 0) <= number && number <= (rule.until ?? 9999))
      .map((rule) => ({ day: dayOf(rule, number, easter), name: rule.name }))
      .sort((left, right) => left.day - right.day)
      .map(({ day, name }) => ({ date: fromDayNumber(day), name }));
  },
});
