import { type Example, JsonFloat } from "@apigen/core";

const weather = {
  name: "get_weather",
  description: "Current weather of a city.",
  parameters: {
    type: "object" as const,
    properties: {
      city: { type: "string", description: "City name" },
      units: { type: "string", enum: ["metric", "imperial"] },
    },
    required: ["city"],
  },
};
const convert = {
  name: "convert_currency",
  description: "Converts an amount between currencies.",
  parameters: {
    type: "object" as const,
    properties: { amount: { type: "number" }, from: { type: "string" }, to: { type: "string" } },
    required: ["amount", "from", "to"],
  },
};

/** One row of each style, with floats that must stay floats and text that needs escaping. */
export const examples: Example[] = [
  {
    id: "simple",
    query: "Weather in Paris?",
    tools: [weather],
    answers: [{ name: "get_weather", arguments: { city: "Paris" } }],
    style: "simple",
  },
  {
    id: "parallel-multiple",
    query: 'Convert 5.0 USD to EUR and tell me the weather in "São Paulo" in imperial units.',
    tools: [weather, convert],
    answers: [
      { name: "convert_currency", arguments: { amount: new JsonFloat(5), from: "USD", to: "EUR" } },
      { name: "get_weather", arguments: { city: "São Paulo", units: "imperial" } },
    ],
    style: "parallel_multiple",
  },
  { id: "no-call-silent", query: "Tell me a joke.", tools: [convert], answers: [], style: "no_call" },
  {
    id: "no-call",
    query: "Book me a flight to Rome.",
    tools: [weather],
    answers: [],
    style: "no_call",
    response: "I cannot book flights with the tools I have.",
  },
  {
    id: "missing-argument",
    query: "What's the weather like?",
    tools: [weather],
    answers: [],
    style: "missing_argument",
    response: "Which city do you want the weather for?",
  },
  {
    id: "nested",
    query: "Convert 12 USD to JPY.",
    tools: [convert],
    answers: [{ name: "convert_currency", arguments: { amount: 12, from: "USD", to: "JPY" } }],
    style: "simple",
    system: "You are terse.",
  },
];

/** Looks an example up by id. */
export function exampleById(id: string): Example {
  const found = examples.find((example) => example.id === id);
  if (found === undefined) {
    throw new TypeError(`no fixture example ${id}`);
  }
  return found;
}
