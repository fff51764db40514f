import { JsonFloat, type ToolCall } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { createDeduplicator, type DedupRow } from "./create-deduplicator.js";

const call = (name: string, args: Record<string, unknown>): ToolCall =>
  ({ name, arguments: args }) as ToolCall;
const row = (
  query: string,
  answers: ToolCall[] = [call("get_weather", { city: "Paris" })],
  tools = ["get_weather", "get_time"],
): DedupRow => ({
  query,
  tools,
  answers,
});
const long =
  "Compare the monthly payment of a 30 year loan of 200000 dollars at 6 percent with a 15 year loan at 5.5 percent";

describe("createDeduplicator", () => {
  it("finds exact duplicates whatever the order of tools, calls and argument keys", () => {
    const dedup = createDeduplicator();
    const first = row("Weather in Paris and Rome?", [
      call("get_weather", { city: "Paris", unit: "c" }),
      call("get_weather", { city: "Rome" }),
    ]);
    expect(dedup.check(first)).toEqual({ duplicate: false });
    dedup.add(first, "000001.1");
    const reordered = row(
      "Weather in Paris and Rome?",
      [call("get_weather", { city: "Rome" }), call("get_weather", { unit: "c", city: "Paris" })],
      ["get_time", "get_weather"],
    );
    expect(dedup.check(reordered)).toEqual({ duplicate: true, reason: "exact_duplicate", of: "000001.1" });
  });

  it("keeps 5 and 5.0 apart in exact keys", () => {
    const dedup = createDeduplicator({ threshold: 1 });
    dedup.add(row("Add five.", [call("add", { n: 5 })], ["add"]), "a");
    const float = row("Add five.", [call("add", { n: new JsonFloat(5) })], ["add"]);
    expect(dedup.check(float)).toMatchObject({ duplicate: true, reason: "near_duplicate_query" });
  });

  it("sees casing, punctuation and spacing variants as near duplicates, short and long", () => {
    const dedup = createDeduplicator();
    dedup.add(row("What's the weather in Paris?"), "short");
    dedup.add(row(long, [call("loan", { years: 30 })]), "long");
    expect(
      dedup.check(row("WHAT'S the weather,  in paris", [call("get_weather", { city: "paris" })])),
    ).toEqual({
      duplicate: true,
      reason: "near_duplicate_query",
      of: "short",
    });
    expect(dedup.check(row(`  ${long.toUpperCase()}!!`, [call("loan", { years: 15 })]))).toEqual({
      duplicate: true,
      reason: "near_duplicate_query",
      of: "long",
    });
  });

  it("keeps different queries apart", () => {
    const dedup = createDeduplicator();
    dedup.add(row("What's the weather in Paris?"), "a");
    dedup.add(row(long), "b");
    for (const query of [
      "What time is it in Tokyo?",
      "Convert 100 US dollars to euros at today's rate",
      "Find three Italian restaurants near Union Square open after 10 pm tonight with outdoor seating",
    ]) {
      expect(dedup.check(row(query))).toEqual({ duplicate: false });
    }
  });

  it("respects the threshold", () => {
    const edited = long.replace("15 year", "20 year");
    const loose = createDeduplicator({ threshold: 0.5 });
    const strict = createDeduplicator({ threshold: 0.95 });
    for (const dedup of [loose, strict]) {
      dedup.add(row(long), "original");
    }
    expect(loose.check(row(edited))).toMatchObject({ duplicate: true, of: "original" });
    expect(strict.check(row(edited))).toEqual({ duplicate: false });
  });

  it("is deterministic for a seed and works past its first allocations", () => {
    const verdicts = (seed: number) => {
      const dedup = createDeduplicator({ seed });
      const out: string[] = [];
      for (let index = 0; index < 3000; index++) {
        const base = index % 1500;
        const text = `Book ${base} seats on flight ${base * 7} to city number ${base * 13} tomorrow`;
        const query = index < 1500 ? text : `${text.toUpperCase()}!`;
        const candidate = row(query, [call("book", { n: index })]);
        const verdict = dedup.check(candidate);
        out.push(verdict.duplicate ? `${verdict.reason}:${verdict.of}` : "new");
        if (!verdict.duplicate) {
          dedup.add(candidate, String(index));
        }
      }
      return out;
    };
    const first = verdicts(1);
    expect(verdicts(1)).toEqual(first);
    expect(first.slice(0, 1500).every((verdict) => verdict === "new")).toBe(true);
    expect(first.slice(1500)).toEqual(
      first.slice(0, 1500).map((_, index) => `near_duplicate_query:${index}`),
    );
  });

  it("refuses a threshold of 0", () => {
    expect(() => createDeduplicator({ threshold: 0 })).toThrow(TypeError);
  });
});
