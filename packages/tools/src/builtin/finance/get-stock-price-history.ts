import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import type { ToolContext } from "../define-tool.js";
import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { roundTo } from "../shared/round-to.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayOf } from "../shared/weekday-of.js";
import { findStock, type StockRecord, stockExamples } from "./data/stocks.js";

/** Slow price trends: days between the points each is drawn at, and its largest share of the reference price. */
const trends = [
  [64, 0.08],
  [8, 0.03],
] as const;

/**
 * The simulated close of a stock on a day number: its reference price moved by the trends (drawn at fixed points
 * and interpolated between them) and by a daily move of up to 1%, so a day's close depends only on the symbol, the
 * day and the seed.
 */
function closeOn(stock: StockRecord, day: number, randomFor: ToolContext["randomFor"]): number {
  let level = 0.01 * (randomFor(stock.symbol, "close", fromDayNumber(day)).next() * 2 - 1);
  for (const [span, amplitude] of trends) {
    const slot = Math.floor(day / span);
    const at = (index: number) => randomFor(stock.symbol, "trend", span, index).next() * 2 - 1;
    const share = (day - slot * span) / span;
    level += amplitude * (at(slot) * (1 - share) + at(slot + 1) * share);
  }
  return stock.referencePrice * (1 + level);
}

/** Simulated daily OHLCV bars for trading days (Monday to Friday) between two dates. */
export const getStockPriceHistory = defineTool<{ symbol: string; start_date: string; end_date: string }>({
  name: "get_stock_price_history",
  description:
    "Get daily open, high, low, close prices and volume of a US-listed stock for every trading day (Monday to Friday) between two dates, at most 92 days apart. Prices are rounded to 2 decimals.",
  category: "Finance",
  simulated: {
    covers:
      "the same 30 US-listed stocks as get_stock_quote; each trading day's bar is synthesised around a fixed approximate reference price (slow trends plus daily moves) from the symbol, the date and the seed alone, so overlapping ranges agree; exchange holidays are not modelled",
  },
  parameters: {
    type: "object",
    properties: {
      symbol: {
        type: "string",
        pattern: "^[A-Z]{1,5}$",
        description: "Ticker symbol in upper case, e.g. MSFT.",
      },
      start_date: { type: "string", format: "date", description: "First day of the range (YYYY-MM-DD)." },
      end_date: {
        type: "string",
        format: "date",
        description:
          "Last day of the range (YYYY-MM-DD), not before start_date and at most 92 days after it.",
      },
    },
    required: ["symbol", "start_date", "end_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      symbol: { type: "string" },
      bars: {
        type: "array",
        items: {
          type: "object",
          properties: {
            date: { type: "string", format: "date" },
            open: { type: "number" },
            high: { type: "number" },
            low: { type: "number" },
            close: { type: "number" },
            volume: { type: "integer" },
          },
          required: ["date", "open", "high", "low", "close", "volume"],
          additionalProperties: false,
        },
      },
    },
    required: ["symbol", "bars"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { symbol: "MSFT", start_date: "2024-03-01", end_date: "2024-03-05" },
      result: {
        symbol: "MSFT",
        bars: [
          { date: "2024-03-01", open: 385.13, high: 396.95, low: 381.98, close: 392.43, volume: 49673248 },
          { date: "2024-03-04", open: 392.31, high: 395.76, low: 385.36, close: 387.57, volume: 59547257 },
          { date: "2024-03-05", open: 384.27, high: 391.06, low: 383.04, close: 386.17, volume: 48528773 },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { symbol: "MSFT", start_date: "2024-03-05", end_date: "2024-03-01" },
      error: "end_date must not be before start_date",
    },
    {
      arguments: { symbol: "MSFT", start_date: "2024-01-01", end_date: "2024-12-31" },
      error: "at most 92 days",
    },
    {
      arguments: { symbol: "QQQQQ", start_date: "2024-03-01", end_date: "2024-03-05" },
      error: "unknown ticker symbol",
    },
    {
      arguments: { symbol: "MSFT", start_date: "2024-13-01", end_date: "2024-03-05" },
      error: '$.start_date must match format "date"',
    },
  ],
  run: ({ symbol, start_date, end_date }, { randomFor }) => {
    const stock = findStock(symbol);
    if (stock === undefined) {
      throw new ToolArgumentError({
        message: `unknown ticker symbol '${symbol}'; known symbols include ${stockExamples}`,
        argument: "symbol",
      });
    }
    const start = toDayNumber(start_date);
    const end = toDayNumber(end_date);
    if (end < start) {
      throw new ToolArgumentError({
        message: "end_date must not be before start_date",
        argument: "end_date",
      });
    }
    if (end - start > 92) {
      throw new ToolArgumentError({
        message: "the range may span at most 92 days; split longer ranges into several calls",
        argument: "end_date",
      });
    }
    const bars = [];
    for (let day = start; day <= end; day++) {
      const weekday = weekdayOf(day);
      if (weekday === 0 || weekday === 6) {
        continue;
      }
      const date = fromDayNumber(day);
      const random = randomFor(stock.symbol, date);
      const previousClose = closeOn(stock, weekday === 1 ? day - 3 : day - 1, randomFor);
      const close = closeOn(stock, day, randomFor);
      const open = previousClose * (0.99 + random.next() * 0.02);
      const high = Math.max(open, close) * (1 + random.next() * 0.015);
      const low = Math.min(open, close) * (1 - random.next() * 0.015);
      bars.push({
        date,
        open: roundTo(open, 2, { method: "half-away-from-zero" }),
        high: roundTo(high, 2, { method: "half-away-from-zero" }),
        low: roundTo(low, 2, { method: "half-away-from-zero" }),
        close: roundTo(close, 2, { method: "half-away-from-zero" }),
        volume: random.int(2_000_000, 60_000_000),
      });
    }
    return { symbol, bars };
  },
});
