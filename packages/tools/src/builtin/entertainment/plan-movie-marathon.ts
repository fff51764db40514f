import { defineTool } from "../define-tool.js";
import { requireMovie } from "./lookup.js";

const minute = 60_000;
const format = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** A back-to-back viewing schedule for several films with breaks in between. */
export const planMovieMarathon = defineTool<{ titles: string[]; start_time: string; break_minutes?: number }>(
  {
    name: "plan_movie_marathon",
    description:
      "Plan a movie marathon: play the given films in order from a start time with a fixed break between them, using each film's theatrical runtime. Returns the start and end time of every film (local wall-clock 'YYYY-MM-DDTHH:MM'), the finish time and the total length in minutes.",
    category: "Entertainment",
    simulated: { covers: "the 35-film catalogue of search_movies and its theatrical runtimes" },
    parameters: {
      type: "object",
      properties: {
        titles: {
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 120 },
          minItems: 2,
          maxItems: 8,
          uniqueItems: true,
          description: "Films in viewing order, e.g. ['The Matrix', 'Inception'].",
        },
        start_time: {
          type: "string",
          pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$",
          description: "Local start time 'YYYY-MM-DDTHH:MM'.",
        },
        break_minutes: {
          type: "integer",
          minimum: 0,
          maximum: 120,
          default: 15,
          description: "Break between films in minutes. Default 15.",
        },
      },
      required: ["titles", "start_time"],
      additionalProperties: false,
    },
    returns: {
      type: "object",
      properties: {
        schedule: {
          type: "array",
          items: {
            type: "object",
            properties: {
              order: { type: "integer", minimum: 1 },
              title: { type: "string" },
              runtime_minutes: { type: "integer" },
              starts: { type: "string" },
              ends: { type: "string" },
            },
            required: ["order", "title", "runtime_minutes", "starts", "ends"],
            additionalProperties: false,
          },
        },
        finishes: { type: "string" },
        total_minutes: { type: "integer", minimum: 0 },
      },
      required: ["schedule", "finishes", "total_minutes"],
      additionalProperties: false,
    },
    examples: [
      {
        arguments: {
          titles: ["The Matrix", "Inception", "Arrival"],
          start_time: "2024-11-02T14:00",
          break_minutes: 20,
        },
        result: {
          schedule: [
            {
              order: 1,
              title: "The Matrix",
              runtime_minutes: 136,
              starts: "2024-11-02T14:00",
              ends: "2024-11-02T16:16",
            },
            {
              order: 2,
              title: "Inception",
              runtime_minutes: 148,
              starts: "2024-11-02T16:36",
              ends: "2024-11-02T19:04",
            },
            {
              order: 3,
              title: "Arrival",
              runtime_minutes: 116,
              starts: "2024-11-02T19:24",
              ends: "2024-11-02T21:20",
            },
          ],
          finishes: "2024-11-02T21:20",
          total_minutes: 440,
        },
      },
    ],
    invalidExamples: [
      {
        arguments: { titles: ["The Matrix", "The Matrix Reloaded"], start_time: "2024-11-02T14:00" },
        error: "unknown movie 'The Matrix Reloaded'",
      },
      {
        arguments: { titles: ["Up"], start_time: "2024-11-02T14:00" },
        error: "$.titles must NOT have fewer than 2 items",
      },
    ],
    run: ({ titles, start_time: startTime, break_minutes: pause = 15 }) => {
      const films = titles.map((title) => requireMovie(title, "titles"));
      const start = Date.parse(`${startTime}:00Z`);
      let clock = start;
      const schedule = films.map((film, index) => {
        if (index > 0) {
          clock += pause * minute;
        }
        const starts = clock;
        clock += film.runtime_minutes * minute;
        return {
          order: index + 1,
          title: film.title,
          runtime_minutes: film.runtime_minutes,
          starts: format(starts),
          ends: format(clock),
        };
      });
      return { schedule, finishes: format(clock), total_minutes: Math.round((clock - start) / minute) };
    },
  },
);
