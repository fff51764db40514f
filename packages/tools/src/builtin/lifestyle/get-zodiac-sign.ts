import { defineTool } from "../define-tool.js";

/** Sign, start (month, day), element, modality and traditional ruling planet. */
const signs: readonly [string, number, number, string, string, string][] = [
  ["Capricorn", 12, 22, "earth", "cardinal", "Saturn"],
  ["Aquarius", 1, 20, "air", "fixed", "Saturn"],
  ["Pisces", 2, 19, "water", "mutable", "Jupiter"],
  ["Aries", 3, 21, "fire", "cardinal", "Mars"],
  ["Taurus", 4, 20, "earth", "fixed", "Venus"],
  ["Gemini", 5, 21, "air", "mutable", "Mercury"],
  ["Cancer", 6, 21, "water", "cardinal", "Moon"],
  ["Leo", 7, 23, "fire", "fixed", "Sun"],
  ["Virgo", 8, 23, "earth", "mutable", "Mercury"],
  ["Libra", 9, 23, "air", "cardinal", "Venus"],
  ["Scorpio", 10, 23, "water", "fixed", "Mars"],
  ["Sagittarius", 11, 22, "fire", "mutable", "Jupiter"],
];

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Western (tropical) zodiac sign of a birth date. */
export const getZodiacSign = defineTool<{ birth_date: string }>({
  name: "get_zodiac_sign",
  description:
    "Find the Western (tropical) zodiac sign for a birth date using the conventional date ranges. Returns the sign, its date range, element, modality and traditional ruling planet, and whether the date is within two days of a sign change (a cusp).",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      birth_date: { type: "string", format: "date", description: "Date of birth, YYYY-MM-DD." },
    },
    required: ["birth_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      sign: { type: "string", enum: signs.map(([name]) => name) },
      date_range: { type: "string" },
      element: { type: "string", enum: ["fire", "earth", "air", "water"] },
      modality: { type: "string", enum: ["cardinal", "fixed", "mutable"] },
      ruling_planet: { type: "string" },
      on_cusp: { type: "boolean" },
    },
    required: ["sign", "date_range", "element", "modality", "ruling_planet", "on_cusp"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { birth_date: "1990-07-30" },
      result: {
        sign: "Leo",
        date_range: "July 23 - August 22",
        element: "fire",
        modality: "fixed",
        ruling_planet: "Sun",
        on_cusp: false,
      },
    },
    {
      arguments: { birth_date: "2001-12-23" },
      result: {
        sign: "Capricorn",
        date_range: "December 22 - January 19",
        element: "earth",
        modality: "cardinal",
        ruling_planet: "Saturn",
        on_cusp: true,
      },
    },
  ],
  invalidExamples: [
    { arguments: { birth_date: "1990-02-30" }, error: '$.birth_date must match format "date"' },
    { arguments: { birth_date: "July 30" }, error: '$.birth_date must match format "date"' },
  ],
  run: ({ birth_date }) => {
    const year = Number(birth_date.slice(0, 4));
    const month = Number(birth_date.slice(5, 7));
    const day = Number(birth_date.slice(8, 10));
    const key = month * 100 + day;
    let index = 0;
    signs.forEach(([, startMonth, startDay], i) => {
      if (i > 0 && key >= startMonth * 100 + startDay) {
        index = i;
      }
    });
    if (key >= 1222) {
      index = 0;
    }
    const [sign, startMonth, startDay, element, modality, ruler] = signs[index] as (typeof signs)[number];
    const [, nextMonth, nextDay] = signs[(index + 1) % signs.length] as (typeof signs)[number];
    const last = new Date(Date.UTC(2001, nextMonth - 1, nextDay - 1));
    const at = Date.UTC(year, month - 1, day);
    const onCusp = signs.some(([, m, d]) =>
      [year - 1, year, year + 1].some((y) => Math.abs(at - Date.UTC(y, m - 1, d)) <= 2 * 86400000),
    );
    return {
      sign,
      date_range: `${monthNames[startMonth - 1]} ${startDay} - ${monthNames[last.getUTCMonth()]} ${last.getUTCDate()}`,
      element,
      modality,
      ruling_planet: ruler,
      on_cusp: onCusp,
    };
  },
});
