import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { bfclStockCoverage, requireBfclStock, stockNameSchema } from "./bfcl-stocks.js";
import { stockHistoryExample } from "./data/stock-history-example.js";

const intervals = ["5m", "15m", "30m", "1h", "1d", "1wk", "1mo", "3mo"] as const;
type Interval = (typeof intervals)[number];
const minutes: Record<Interval, number> = {
  "5m": 5,
  "15m": 15,
  "30m": 30,
  "1h": 60,
  "1d": 1440,
  "1wk": 10080,
  "1mo": 43200,
  "3mo": 129600,
};
/** The simulated history ends with the bar that opens at this instant. */
const lastBar = Date.UTC(2024, 5, 28, 13, 30);
const bars = 12;

function barStart(interval: Interval, back: number): string {
  const date = new Date(lastBar);
  if (interval === "1mo" || interval === "3mo") {
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() - back * (interval === "1mo" ? 1 : 3));
  } else if (interval === "1d" || interval === "1wk") {
    date.setUTCDate(date.getUTCDate() - back * (interval === "1d" ? 1 : 7));
  } else {
    date.setTime(lastBar + 6 * 60 * 60_000 - (back + 1) * minutes[interval] * 60_000);
  }
  return date.toISOString().replace(".000Z", "Z");
}

const money = (value: number) => roundTo(value, 2, { method: "half-away-from-zero" });

/** A simulated price history of a stock (BFCL's `get_stock_history`). */
export const getStockHistory = defineTool<{
  stock_name: string;
  interval: Interval;
  diffandsplits?: "true" | "false";
}>({
  name: "get_stock_history",
  description:
    "Finds the price history of a stock by its stock symbol: the last 12 bars of the given interval (open, high, low, close, volume; with diffandsplits 'true' also dividends and stock splits), oldest first, ending with the bar of 28 June 2024.",
  category: "Finance",
  simulated: { covers: `${bfclStockCoverage}; 12 bars of any interval up to 28 June 2024` },
  parameters: {
    type: "object",
    properties: {
      stock_name: stockNameSchema,
      interval: { type: "string", enum: [...intervals], description: "The interval of the stock history." },
      diffandsplits: {
        type: "string",
        enum: ["true", "false"],
        default: "false",
        description: "Whether to include dividends and stock splits: 'true' or 'false'.",
      },
    },
    required: ["stock_name", "interval"],
    additionalProperties: false,
  },
  returns: {
    type: "array",
    items: {
      type: "object",
      properties: {
        time: { type: "string" },
        open: { type: "number" },
        high: { type: "number" },
        low: { type: "number" },
        close: { type: "number" },
        volume: { type: "integer", minimum: 0 },
        dividends: { type: "number", minimum: 0 },
        stock_splits: { type: "number", minimum: 0 },
      },
      required: ["time", "open", "high", "low", "close", "volume"],
      additionalProperties: false,
    },
    minItems: bars,
    maxItems: bars,
  },
  examples: [
    {
      arguments: { stock_name: "AAPL", interval: "1mo", diffandsplits: "true" },
      result: stockHistoryExample,
    },
  ],
  invalidExamples: [
    { arguments: { stock_name: "ZZZZ", interval: "1d" }, error: "unknown stock symbol 'ZZZZ'" },
    { arguments: { stock_name: "AAPL", interval: "2d" }, error: "$.interval must be one of" },
  ],
  run: ({ stock_name, interval, diffandsplits = "false" }, { randomFor }) => {
    const stock = requireBfclStock(stock_name);
    const random = randomFor(stock.symbol, interval);
    const volatility = 0.0015 * Math.sqrt(minutes[interval] / 5);
    let close = stock.referencePrice * (0.9 + random.next() * 0.2);
    const history = [];
    for (let back = bars - 1; back >= 0; back -= 1) {
      const open = close * (1 + (random.next() - 0.5) * volatility * 0.5);
      close = open * (1 + (random.next() - 0.5) * 2 * volatility);
      const high = Math.max(open, close) * (1 + random.next() * volatility * 0.5);
      const low = Math.min(open, close) * (1 - random.next() * volatility * 0.5);
      const bar = {
        time: barStart(interval, back),
        open: money(open),
        high: money(high),
        low: money(low),
        close: money(close),
        volume: Math.round(random.int(2_000_000, 60_000_000) * (minutes[interval] / 390)) || 1000,
      };
      const dividend =
        back % 3 === 0 && minutes[interval] >= 43200 ? money(stock.referencePrice * 0.0012) : 0;
      history.push(diffandsplits === "true" ? { ...bar, dividends: dividend, stock_splits: 0 } : bar);
    }
    return history;
  },
});
