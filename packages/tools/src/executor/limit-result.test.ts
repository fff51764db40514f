import { describe, expect, it } from "vitest";
import { findCloseNames } from "./find-close-names.js";
import { limitResult } from "./limit-result.js";

describe("limitResult", () => {
  it("keeps results within the limit and measures them in UTF-8 bytes", () => {
    expect(limitResult({ city: "Zürich" }, 100)).toEqual({
      output: { city: "Zürich" },
      resultBytes: 18,
      truncated: false,
    });
  });

  it("cuts larger results to the start of their JSON text without splitting a character", () => {
    const limited = limitResult("ééééé", 6);
    expect(limited).toEqual({ output: '"éé', resultBytes: 12, truncated: true });
  });
});

describe("findCloseNames", () => {
  it("finds names by edit distance and by containment, best first", () => {
    const known = ["get_weather", "get_weather_forecast", "get_stock_price", "convert_currency"];
    expect(findCloseNames("get_wether", known)).toEqual(["get_weather"]);
    expect(findCloseNames("weather", known)).toEqual(["get_weather", "get_weather_forecast"]);
    expect(findCloseNames("translate_text", known)).toEqual([]);
  });
});
