import { describe, expect, it } from "vitest";
import { easterSunday } from "./easter-sunday.js";
import { fromDayNumber } from "./from-day-number.js";

describe("easterSunday", () => {
  it("gives the published Western and Orthodox dates", () => {
    const western = [2000, 2008, 2011, 2019, 2024, 2038].map((year) =>
      fromDayNumber(easterSunday(year, { orthodox: false })),
    );
    expect(western).toEqual([
      "2000-04-23",
      "2008-03-23",
      "2011-04-24",
      "2019-04-21",
      "2024-03-31",
      "2038-04-25",
    ]);
    const orthodox = [2010, 2021, 2023, 2024].map((year) =>
      fromDayNumber(easterSunday(year, { orthodox: true })),
    );
    expect(orthodox).toEqual(["2010-04-04", "2021-05-02", "2023-04-16", "2024-05-05"]);
  });
});
