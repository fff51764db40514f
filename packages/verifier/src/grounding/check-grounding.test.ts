import { JsonFloat, type JsonValue, type Tool } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { checkGrounding } from "./check-grounding.js";

const tool: Tool = {
  name: "probe",
  description: "Takes any argument.",
  parameters: {
    type: "object",
    properties: {
      units: { type: "string", enum: ["metric", "imperial"], default: "metric" },
      sort: { type: "string", enum: ["newest", "oldest", "most_relevant", "mostRecent"] },
      limit: { type: "integer", default: 10 },
      tags: { type: "array", items: { type: "string" } },
    },
  },
};

function ground(query: string, name: string, value: JsonValue) {
  return checkGrounding({ query, calls: [{ name: "probe", arguments: { [name]: value } }], tools: [tool] });
}

const longText =
  "Quarterly revenue grew strongly across European markets while operating costs stayed flat year over year";

const cases: ReadonlyArray<[string, string, JsonValue, boolean]> = [
  ["What's the weather in Paris?", "city", "Paris", true],
  ["What's the weather in Paris?", "city", "paris", true],
  ["What's the weather in Paris?", "city", "Lyon", false],
  ["Find flights from New-York to Boston", "origin", "new york", true],
  ["Find flights from New York, NY to Boston", "origin", "New York NY", true],
  ["Show me three recipes", "count", 3, true],
  ["Show me twenty five recipes", "count", 25, true],
  ["Show me three hundred and five rows", "count", 305, true],
  ["Show me three recipes", "count", 4, false],
  ["Show me 3 recipes", "count", new JsonFloat(3), true],
  ["Show me 3 recipes", "count", "3.0", true],
  ["Order a dozen eggs", "quantity", 12, true],
  ["It is -3 degrees outside", "temperature", -3, true],
  ["Raise it to two thousand three hundred", "amount", 2300, true],
  ["Give me ninety-nine names", "count", 99, true],
  ["A budget of 1.5k euros", "budget", 1500, true],
  ["Show me 3 recipes", "count", 30, false],
  ["Convert 1,250 dollars to euros", "amount", 1250, true],
  ["Convert 1,250.50 dollars to euros", "amount", 1250.5, true],
  ["The population is 5 million", "population", 5_000_000, true],
  ["Apply a 5% discount", "rate", 0.05, true],
  ["Apply a 5% discount", "rate", 5, true],
  ["Apply a 5% discount", "rate", "5%", true],
  ["Apply a five percent discount", "rate", 0.05, true],
  ["Apply a 5% discount", "rate", 0.5, false],
  ["Book a table on March 3, 2024", "date", "2024-03-03", true],
  ["Book a table on 3/3/2024", "date", "2024-03-03", true],
  ["Book a table on 3rd March 2024", "date", "2024-03-03T19:00:00", true],
  ["Book a table on 2024-03-03", "date", "March 3, 2024", true],
  ["Book a table on March 3, 2024", "date", "2024-03-04", false],
  ["Book a table on March 3", "date", "2025-03-03", true],
  ["How far is it? About 5 kilometers", "distance", "5 km", true],
  ["How far is it? About 5 kilometers", "distance", "7 km", false],
  ["List the news", "units", "metric", true],
  ["List the news", "limit", 10, true],
  ["List the news", "limit", 20, false],
  ["List the most relevant news first", "sort", "most_relevant", true],
  ["List the news", "sort", "oldest", false],
  ["List the most recent news", "sort", "mostRecent", true],
  ["Give it in imperial units", "units", "imperial", true],
  [
    "Summarize: quarterly revenue grew strongly in European markets; operating costs stayed flat",
    "text",
    longText,
    true,
  ],
  ["Summarize the weather report", "text", longText, false],
  ["Anything", "verbose", true, true],
  ["Anything", "note", null, true],
  ["Anything", "note", "", true],
  ["Tag it with python and rust", "tags", ["python", "rust"], true],
  ["Tag it with python", "tags", ["python", "golang"], false],
  ["Café in Zürich", "city", "Zurich", true],
];

describe("checkGrounding", () => {
  it.each(cases)("%s · %s=%j grounded %s", (query, name, value, grounded) => {
    expect(ground(query, name, value).grounded).toBe(grounded);
  });

  it("reports the JSON path, tool and basis of each value", () => {
    const report = checkGrounding({
      query: "Weather in Paris for 3 days, in imperial units",
      calls: [
        { name: "probe", arguments: { units: "imperial", limit: 3 } },
        { name: "forecast", arguments: { place: { city: "Lyon", "zip code": "69001" }, days: [3] } },
      ],
      tools: [tool],
    });
    expect(report.grounded).toBe(false);
    expect(report.findings.map(({ path, basis }) => [path, basis])).toEqual([
      ["$.answers[0].arguments.units", "enum"],
      ["$.answers[0].arguments.limit", "number"],
      ["$.answers[1].arguments.place.city", "missing"],
      ['$.answers[1].arguments.place["zip code"]', "missing"],
      ["$.answers[1].arguments.days[0]", "number"],
    ]);
    expect(report.ungrounded.map(({ tool: name, value }) => [name, value])).toEqual([
      ["forecast", "Lyon"],
      ["forecast", "69001"],
    ]);
  });

  it("accepts an enum member by its spoken form and a default by value", () => {
    const report = ground("Sort by most relevant", "sort", "most_relevant");
    expect(report.findings[0]?.basis).toBe("enum");
    expect(ground("List the news", "limit", new JsonFloat(10)).findings[0]?.basis).toBe("default");
  });
});
