import { JsonFloat } from "../../../json/json-float.js";
import type { JsonValue } from "../../../json/json-value.js";
import { type StringifyJsonOptions, stringifyJson } from "../../../json/stringify-json.js";
import type { Example } from "../../../schemas/example.js";
import type { Tool } from "../../../schemas/tool.js";

/** Shared canonical rows for the OpenAI, Hermes and ShareGPT converter tests. */

const getWeather: Tool = {
  name: "get_weather",
  description: "Current weather for a city.",
  parameters: {
    type: "object",
    properties: {
      city: { type: "string", description: "City name, e.g. Paris" },
      unit: { type: "string", enum: ["celsius", "fahrenheit"], default: "celsius" },
    },
    required: ["city"],
  },
  returns: {
    type: "object",
    properties: { temperature: { type: "number" }, conditions: { type: "string" } },
  },
  category: "Weather",
  source: { kind: "builtin", ref: "weather/get-weather" },
};

const convertCurrency: Tool = {
  name: "convert_currency",
  description: "Convert an amount between two currencies.",
  parameters: {
    type: "object",
    properties: {
      amount: { type: "number", minimum: 0, default: new JsonFloat(1) },
      from: { type: "string", description: "ISO 4217 code" },
      to: { type: "string", description: "ISO 4217 code" },
      options: {
        type: "object",
        properties: {
          round: { type: "boolean" },
          precision: { type: "integer", enum: [0, 2, 4] },
        },
        required: ["round"],
      },
    },
    required: ["amount", "from", "to"],
  },
  category: "Finance",
};

const listHolidays: Tool = { name: "list_holidays", description: "", parameters: { type: "object" } };

/**
 * A parallel-multiple row with everything: three tools (nested and enum parameters, one without
 * description or parameters), three calls (one with its own id, one with the float `2.0`), executions with a
 * success, a timeout and a truncated result, a system prompt, a reply, category, thought and provenance.
 */
export const parallelExample: Example = {
  id: "row-parallel",
  query: "What's the weather in Paris and Tokyo, and how many yen are 2 euros?",
  tools: [getWeather, convertCurrency, listHolidays],
  answers: [
    { name: "get_weather", arguments: { city: "Paris", unit: "celsius" } },
    { name: "get_weather", arguments: { city: "Tokyo" } },
    {
      name: "convert_currency",
      arguments: { amount: new JsonFloat(2), from: "EUR", to: "JPY", options: { round: true, precision: 0 } },
      id: "call_fx",
    },
  ],
  style: "parallel_multiple",
  category: "Travel",
  response: "Paris is 18.5 °C and cloudy; Tokyo did not answer in time. 2 euros are 310 yen.",
  thought: "Two weather look-ups and one conversion, all independent.",
  system: "You are a concise travel assistant.",
  provenance: {
    generatorModel: "qwen2.5-7b-instruct",
    seed: 7,
    verdicts: [
      { stage: "format", pass: true, reason: "ok" },
      { stage: "execution", pass: true, reason: "ok", detail: "1 of 3 calls timed out" },
    ],
    executions: [
      {
        call: 0,
        name: "get_weather",
        status: "ok",
        output: { temperature: 18.5, conditions: "cloudy" },
        durationMs: 12,
      },
      {
        call: 1,
        name: "get_weather",
        status: "timeout",
        message: "the weather service did not answer in 5 s",
      },
      {
        call: 2,
        name: "convert_currency",
        status: "ok",
        output: { amount: new JsonFloat(310), currency: "JPY" },
        truncated: true,
      },
    ],
    createdAt: "2025-01-01T00:00:00Z",
  },
};

/** A no-call row: the tools cannot serve the request, and the response says so. */
export const noCallExample: Example = {
  id: "row-no-call",
  query: "Book me a table for two at 8 pm.",
  tools: [getWeather, convertCurrency],
  answers: [],
  style: "no_call",
  response: "I can look up weather and convert currencies, but I cannot book restaurants.",
};

/** A missing-argument row: no call, a question back, and a style the shape alone cannot tell. */
export const missingArgumentExample: Example = {
  query: "What's the weather like right now?",
  tools: [getWeather],
  answers: [],
  style: "missing_argument",
  response: "Which city would you like the weather for?",
  category: "Weather",
};

/**
 * A simple row with a strict tool, a call id of the caller's own, a result that is plain text and a
 * result-free success.
 */
export const strictExample: Example = {
  id: "row-strict",
  query: "Shorten https://example.com/a/very/long/path twice.",
  tools: [
    {
      name: "shorten_url",
      description: "Shorten a URL.",
      parameters: {
        type: "object",
        properties: { url: { type: "string", format: "uri" } },
        required: ["url"],
        additionalProperties: false,
        "x-openai-strict": true,
      },
    },
  ],
  answers: [
    { name: "shorten_url", arguments: { url: "https://example.com/a/very/long/path" }, id: "call_abc123" },
    { name: "shorten_url", arguments: { url: "https://example.com/a/very/long/path" } },
  ],
  style: "parallel",
  provenance: {
    executions: [
      { call: 0, name: "shorten_url", status: "ok", output: "https://exm.pl/x1" },
      { call: 1, name: "shorten_url", status: "ok", output: '{"note": "json text"}' },
    ],
  },
};

/**
 * Executions that the tool results alone cannot give back: a success without output, a failure without
 * message but with a structured output, results out of call order.
 */
export const awkwardExecutionsExample: Example = {
  query: "Convert 5 USD to EUR and 7 USD to GBP.",
  tools: [convertCurrency],
  answers: [
    { name: "convert_currency", arguments: { amount: 5, from: "USD", to: "EUR" } },
    { name: "convert_currency", arguments: { amount: 7, from: "USD", to: "GBP" } },
  ],
  style: "parallel",
  provenance: {
    executions: [
      { call: 1, name: "convert_currency", status: "ok" },
      { call: 0, name: "convert_currency", status: "tool_error", output: { code: 503 } },
    ],
  },
};

/** Every shared row, by name, for `it.each`. */
export const chatExamples: [string, Example][] = [
  ["parallel", parallelExample],
  ["no call", noCallExample],
  ["missing argument", missingArgumentExample],
  ["strict tool", strictExample],
  ["awkward executions", awkwardExecutionsExample],
];

/**
 * `stringifyJson` for the converters' typed rows, whose optional properties TypeScript will not pass as a
 * `JsonValue`.
 */
export function jsonText(value: unknown, options: StringifyJsonOptions = {}): string {
  return stringifyJson(value as JsonValue, options);
}
