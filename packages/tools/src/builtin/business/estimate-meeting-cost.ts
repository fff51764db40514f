import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface AttendeeGroup {
  role: string;
  count: number;
  annual_salary: number;
}

/** What a meeting costs in attendees' time, from salaries and an overhead multiplier. */
export const estimateMeetingCost = defineTool<{
  attendees: AttendeeGroup[];
  duration_minutes: number;
  overhead_multiplier?: number;
  working_hours_per_year?: number;
  occurrences_per_year?: number;
}>({
  name: "estimate_meeting_cost",
  description:
    "Estimate the cost of a meeting from its attendees' annual salaries (grouped by role), an overhead multiplier for benefits and employer taxes, and its length. Returns the cost per role group, the total per meeting and per year for a recurring meeting, and the cost per minute, in the salaries' currency rounded to 2 decimals.",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      attendees: {
        type: "array",
        minItems: 1,
        maxItems: 20,
        description: "Groups of attendees with the same salary.",
        items: {
          type: "object",
          properties: {
            role: {
              type: "string",
              minLength: 1,
              maxLength: 60,
              description: "Role name, e.g. 'Senior engineer'.",
            },
            count: {
              type: "integer",
              minimum: 1,
              maximum: 1000,
              description: "How many attend in this role.",
            },
            annual_salary: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Gross annual salary of one person in the role.",
            },
          },
          required: ["role", "count", "annual_salary"],
          additionalProperties: false,
        },
      },
      duration_minutes: {
        type: "integer",
        minimum: 1,
        maximum: 600,
        description: "Meeting length in minutes.",
      },
      overhead_multiplier: {
        type: "number",
        minimum: 1,
        maximum: 3,
        default: 1.3,
        description: "Fully loaded cost over salary (benefits, taxes, space). Default 1.3.",
      },
      working_hours_per_year: {
        type: "integer",
        minimum: 1000,
        maximum: 3000,
        default: 1880,
        description: "Paid working hours per year. Default 1880 (47 weeks of 40 hours).",
      },
      occurrences_per_year: {
        type: "integer",
        minimum: 1,
        maximum: 365,
        default: 1,
        description: "How often the meeting happens per year. Default 1.",
      },
    },
    required: ["attendees", "duration_minutes"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      by_role: {
        type: "array",
        items: {
          type: "object",
          properties: {
            role: { type: "string" },
            hourly_cost_each: { type: "number" },
            cost: { type: "number" },
          },
          required: ["role", "hourly_cost_each", "cost"],
          additionalProperties: false,
        },
      },
      people: { type: "integer", minimum: 1 },
      cost_per_meeting: { type: "number" },
      cost_per_minute: { type: "number" },
      cost_per_year: { type: "number" },
    },
    required: ["by_role", "people", "cost_per_meeting", "cost_per_minute", "cost_per_year"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        attendees: [
          { role: "Engineer", count: 6, annual_salary: 94000 },
          { role: "Engineering manager", count: 1, annual_salary: 141000 },
        ],
        duration_minutes: 30,
        occurrences_per_year: 50,
      },
      result: {
        by_role: [
          { role: "Engineer", hourly_cost_each: 65, cost: 195 },
          { role: "Engineering manager", hourly_cost_each: 97.5, cost: 48.75 },
        ],
        people: 7,
        cost_per_meeting: 243.75,
        cost_per_minute: 8.13,
        cost_per_year: 12187.5,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { attendees: [], duration_minutes: 30 },
      error: "$.attendees must NOT have fewer than 1 items",
    },
    {
      arguments: {
        attendees: [{ role: "PM", count: 1, annual_salary: 90000 }],
        duration_minutes: 30,
        overhead_multiplier: 0.5,
      },
      error: "$.overhead_multiplier must be >= 1",
    },
  ],
  run: ({
    attendees,
    duration_minutes: minutes,
    overhead_multiplier: overhead = 1.3,
    working_hours_per_year: hours = 1880,
    occurrences_per_year: times = 1,
  }) => {
    const byRole = attendees.map((group) => {
      const hourly = (group.annual_salary * overhead) / hours;
      return {
        role: group.role,
        hourly_cost_each: roundTo(hourly, 2, { method: "decimal" }),
        cost: roundTo((hourly * group.count * minutes) / 60, 2, { method: "decimal" }),
      };
    });
    const perMeeting = roundTo(
      byRole.reduce((sum, r) => sum + r.cost, 0),
      2,
      { method: "decimal" },
    );
    return {
      by_role: byRole,
      people: attendees.reduce((sum, g) => sum + g.count, 0),
      cost_per_meeting: perMeeting,
      cost_per_minute: roundTo(perMeeting / minutes, 2, { method: "decimal" }),
      cost_per_year: roundTo(perMeeting * times, 2, { method: "decimal" }),
    };
  },
});
