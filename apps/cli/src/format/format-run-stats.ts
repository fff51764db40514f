import { type FunnelCounts, type ModelUsage, queryStyles, type RunStats } from "@apigen/core";
import { formatDuration } from "./format-duration.js";
import { formatTable } from "./format-table.js";

/** A breakdown {@link formatRunStats} can print. */
export type StatsBreakdown = "style" | "category" | "tool" | "prompt";

/** Options of {@link formatRunStats}. */
export interface FormatRunStatsOptions {
  /** The breakdown tables to print. @default ["style", "category"] */
  breakdowns?: readonly StatsBreakdown[];
  /** The most reasons, and rows of a category, tool or prompt table, to print. @default 10 */
  top?: number;
}

const count = (value: number) => value.toLocaleString("en-US");
const percent = (part: number, whole: number) =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;
const breakdownOf = { style: "byStyle", category: "byCategory", tool: "byTool", prompt: "byPrompt" } as const;

/**
 * The stats of a run as plain text for a terminal: the funnel of the paper's Table 1 (generated, failures by
 * stage, duplicates, accepted, pass rate), breakdown tables, the top rejection reasons, tokens, calls, cache
 * hits and cost per model, and wall time with rows per minute. Aligned columns, no colours.
 *
 * @example
 * console.log(formatRunStats(await readRunStats("runs/finance"), { breakdowns: ["style", "tool"], top: 5 }));
 */
export function formatRunStats(
  stats: RunStats,
  { breakdowns = ["style", "category"], top = 10 }: FormatRunStatsOptions = {},
): string {
  const { funnel } = stats;
  const lines: string[] = [
    `Run ${stats.status}: ${count(funnel.accepted)} of ${count(stats.target.total)} rows accepted`,
    "",
  ];
  lines.push("Funnel");
  lines.push(
    ...formatTable({
      rows: [
        ["generated", count(funnel.generated), ""],
        ["fail format", count(funnel.failed.format), percent(funnel.failed.format, funnel.generated)],
        [
          "fail execution",
          count(funnel.failed.execution),
          percent(funnel.failed.execution, funnel.generated),
        ],
        ["fail semantic", count(funnel.failed.semantic), percent(funnel.failed.semantic, funnel.generated)],
        ["duplicates", count(funnel.failed.duplicate), percent(funnel.failed.duplicate, funnel.generated)],
        ["accepted", count(funnel.accepted), percent(funnel.accepted, funnel.generated)],
        ["pass rate", `${(funnel.passRate * 100).toFixed(2)}%`, ""],
      ],
      right: [1, 2],
    }),
  );
  for (const name of breakdowns) {
    lines.push("", ...breakdownTable(stats, name, top));
  }
  const reasons = Object.entries(funnel.reasons).slice(0, top);
  lines.push("", "Top reasons");
  lines.push(
    ...(reasons.length === 0
      ? ["  none"]
      : formatTable({ rows: reasons.map(([reason, times]) => [reason, count(times)]), right: [1] })),
  );
  const models = [
    ["generator", stats.usage.generator] as const,
    ...(stats.usage.judge ? [["judge", stats.usage.judge] as const] : []),
  ];
  lines.push("", "Models");
  lines.push(
    ...formatTable({
      rows: [
        ["role", "model", "calls", "cache hits", "retries", "input tokens", "output tokens", "cost"],
        ...models.map(([role, usage]) => modelRow(role, usage)),
      ],
      right: [2, 3, 4, 5, 6, 7],
    }),
  );
  lines.push("", "Time");
  lines.push(
    ...formatTable({
      rows: [
        ["wall time", formatDuration(stats.timing.wallMs)],
        ["rows per minute", stats.timing.rowsPerMinute.toFixed(1)],
        ["started", stats.timing.startedAt],
        ["updated", stats.timing.updatedAt],
      ],
    }),
  );
  return `${lines.join("\n")}\n`;
}

function breakdownTable(stats: RunStats, name: StatsBreakdown, top: number): string[] {
  const group: Record<string, FunnelCounts> = stats[breakdownOf[name]];
  let keys = Object.keys(group);
  let more = 0;
  if (name === "style") {
    const order: readonly string[] = queryStyles;
    keys = [...new Set([...Object.keys(stats.target.byStyle), ...keys])].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    );
  } else {
    keys.sort(
      (a, b) => (group[b]?.generated ?? 0) - (group[a]?.generated ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
    more = Math.max(0, keys.length - top);
    keys = keys.slice(0, top);
  }
  const withTarget = name === "style";
  const header = [name, "generated", "format", "execution", "semantic", "duplicate", "accepted", "pass rate"];
  const rows = keys.map((key) => {
    const funnel = group[key];
    const cells =
      funnel === undefined
        ? [key, "0", "0", "0", "0", "0", "0", "-"]
        : [
            key,
            count(funnel.generated),
            count(funnel.failed.format),
            count(funnel.failed.execution),
            count(funnel.failed.semantic),
            count(funnel.failed.duplicate),
            count(funnel.accepted),
            funnel.generated === 0 ? "-" : `${(funnel.passRate * 100).toFixed(1)}%`,
          ];
    return withTarget ? [...cells, count(stats.target.byStyle[key] ?? 0)] : cells;
  });
  const title = `By ${name}`;
  const table = formatTable({
    rows: [withTarget ? [...header, "target"] : header, ...rows],
    right: [1, 2, 3, 4, 5, 6, 7, 8],
  });
  return [title, ...table, ...(more > 0 ? [`  ... ${count(more)} more`] : [])];
}

function modelRow(role: string, usage: ModelUsage): string[] {
  return [
    role,
    usage.model,
    count(usage.calls),
    count(usage.cacheHits),
    count(usage.retries),
    count(usage.inputTokens),
    count(usage.outputTokens),
    usage.costUsd === undefined ? "-" : `$${usage.costUsd.toFixed(4)}`,
  ];
}
