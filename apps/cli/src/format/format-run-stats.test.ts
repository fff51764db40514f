import { createStatsCollector } from "@apigen/pipeline";
import { exampleStatsOptions, exampleStatsRecords, exampleStatsUsage } from "@apigen/pipeline/test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatDuration } from "./format-duration.js";
import { formatRunStats } from "./format-run-stats.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-01-01T00:10:00.000Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("formatRunStats", () => {
  it("prints the funnel, breakdowns, reasons, models and time as aligned plain text", () => {
    const stats = createStatsCollector(exampleStatsOptions);
    for (const item of exampleStatsRecords()) {
      stats.record(item);
    }
    const text = formatRunStats(
      stats.snapshot({
        status: "completed",
        usage: exampleStatsUsage,
        now: new Date("2026-01-01T00:11:00.000Z"),
      }),
      {
        breakdowns: ["style", "tool"],
        top: 2,
      },
    );
    expect(text).toMatchInlineSnapshot(`
      "Run completed: 3 of 7 rows accepted

      Funnel
        generated            7
        fail format          1  14.3%
        fail execution       1  14.3%
        fail semantic        1  14.3%
        duplicates           1  14.3%
        accepted             3  42.9%
        pass rate       42.86%

      By style
        style     generated  format  execution  semantic  duplicate  accepted  pass rate  target
        simple            4       1          0         0          1         2      50.0%       4
        parallel          2       0          1         0          0         1      50.0%       2
        no_call           1       0          0         1          0         0       0.0%       1

      By tool
        tool  generated  format  execution  semantic  duplicate  accepted  pass rate
        loan          5       1          0         1          1         2      40.0%
        add           2       0          1         0          0         1      50.0%
        ... 1 more

      Top reasons
        duplicate/near_duplicate_query  1
        execution/invalid_arguments     1

      Models
        role       model        calls  cache hits  retries  input tokens  output tokens     cost
        generator  gpt-4o-mini      7           1        2        12,000          3,400  $0.0038
        judge      judge-model      4           0        0         5,000            200        -

      Time
        wall time        2m 00s
        rows per minute  1.5
        started          2026-01-01T00:00:00.000Z
        updated          2026-01-01T00:11:00.000Z
      "
    `);
  });

  it("writes durations with their largest units", () => {
    expect([850, 12_340, 245_000, 3_723_000].map(formatDuration)).toEqual([
      "850ms",
      "12.3s",
      "4m 05s",
      "1h 02m 03s",
    ]);
  });
});
