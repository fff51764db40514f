import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const synodicMonthDays = 29.530588853;
/** A reference new moon: 2000-01-06 18:14 UTC. */
const referenceNewMoonMs = Date.UTC(2000, 0, 6, 18, 14);

const phases: readonly [number, string][] = [
  [1.84566, "new moon"],
  [5.53699, "waxing crescent"],
  [9.22831, "first quarter"],
  [12.91963, "waxing gibbous"],
  [16.61096, "full moon"],
  [20.30228, "waning gibbous"],
  [23.99361, "last quarter"],
  [27.68493, "waning crescent"],
  [synodicMonthDays, "new moon"],
];

/** The Moon's phase on a date, from the mean synodic month. */
export const getMoonPhase = defineTool<{ date: string; time_utc?: string }>({
  name: "get_moon_phase",
  description:
    "Get the phase of the Moon at a date and UTC time, computed from the mean synodic month (29.53 days) since a reference new moon; accurate to within about a day. Returns the phase name, the Moon's age in days (2 decimals), the illuminated fraction in percent (1 decimal) and the date of the next full moon.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      date: {
        type: "string",
        format: "date",
        description: "Date in YYYY-MM-DD, between 1900-01-01 and 2100-12-31.",
      },
      time_utc: {
        type: "string",
        format: "time",
        default: "12:00:00Z",
        description: "UTC time of day, e.g. '21:30:00Z'. Default noon UTC.",
      },
    },
    required: ["date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      phase: { type: "string", enum: [...new Set(phases.map(([, name]) => name))] },
      age_days: { type: "number", minimum: 0, maximum: 29.54 },
      illumination_percent: { type: "number", minimum: 0, maximum: 100 },
      next_full_moon: { type: "string", format: "date" },
    },
    required: ["phase", "age_days", "illumination_percent", "next_full_moon"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { date: "2024-04-08" },
      result: { phase: "new moon", age_days: 29.09, illumination_percent: 0.2, next_full_moon: "2024-04-23" },
    },
    {
      arguments: { date: "2024-04-23", time_utc: "23:00:00Z" },
      result: {
        phase: "full moon",
        age_days: 15.02,
        illumination_percent: 99.9,
        next_full_moon: "2024-05-23",
      },
    },
  ],
  invalidExamples: [
    { arguments: { date: "2024-13-01" }, error: '$.date must match format "date"' },
    { arguments: { date: "1850-01-01" }, error: "between 1900-01-01 and 2100-12-31" },
  ],
  run: ({ date, time_utc = "12:00:00Z" }) => {
    const at = Date.parse(
      `${date}T${time_utc.toUpperCase().endsWith("Z") || /[+-]\d\d:?\d\d$/.test(time_utc) ? time_utc : `${time_utc}Z`}`,
    );
    if (date < "1900-01-01" || date > "2100-12-31" || Number.isNaN(at)) {
      throw new ToolArgumentError({
        message: `date ${date} is out of range: give a date between 1900-01-01 and 2100-12-31`,
        argument: "date",
      });
    }
    const days = (at - referenceNewMoonMs) / 86400000;
    const age = ((days % synodicMonthDays) + synodicMonthDays) % synodicMonthDays;
    const phase = phases.find(([bound]) => age < bound)?.[1] ?? "new moon";
    const illumination = (1 - Math.cos((2 * Math.PI * age) / synodicMonthDays)) / 2;
    const toFull = (synodicMonthDays / 2 - age + synodicMonthDays) % synodicMonthDays;
    const nextFull = new Date(at + (toFull < 0.5 ? toFull + synodicMonthDays : toFull) * 86400000);
    return {
      phase,
      age_days: roundTo(age, 2),
      illumination_percent: roundTo(illumination * 100, 1),
      next_full_moon: nextFull.toISOString().slice(0, 10),
    };
  },
});
