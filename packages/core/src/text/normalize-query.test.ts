import { describe, expect, it } from "vitest";
import { normalizeQuery } from "./normalize-query.js";

describe("normalizeQuery", () => {
  it("folds width, case, apostrophes inside words, punctuation and spacing", () => {
    expect(normalizeQuery("  Ｗhat's the  WEATHER,\tin São-Paulo?! ")).toBe("whats the weather in são paulo");
    expect(normalizeQuery("What’s the weather in paris")).toBe(normalizeQuery("whats the weather in Paris?"));
    expect(normalizeQuery("'quoted' 5.0 and rock 'n' roll")).toBe("quoted 5 0 and rock n roll");
    expect(normalizeQuery("Ｑｕｏｔｅ AAPL!")).toBe("quote aapl");
  });
});
