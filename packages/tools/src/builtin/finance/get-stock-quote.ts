import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { findStock, stockExamples } from "./data/stocks.js";

/** A simulated real-time quote for a US-listed stock. */
export const getStockQuote = defineTool<{ symbol: string }>({
  name: "get_stock_quote",
  description:
    "Get the latest quote for a US-listed stock by ticker symbol. Returns the company, exchange, last price, previous close, change and percent change (rounded to 2 decimals) and the session volume.",
  category: "Finance",
  simulated: {
    covers:
      "30 large US-listed stocks (real tickers, company names, exchanges and GICS sectors); prices are synthesised within a few percent of a fixed approximate reference price, deterministic for the same symbol and seed",
  },
  parameters: {
    type: "object",
    properties: {
      symbol: {
        type: "string",
        pattern: "^[A-Z]{1,5}$",
        description: "Ticker symbol in upper case, e.g. AAPL.",
      },
    },
    required: ["symbol"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      symbol: { type: "string" },
      company: { type: "string" },
      exchange: { type: "string", enum: ["NASDAQ", "NYSE"] },
      sector: { type: "string" },
      currency: { type: "string", const: "USD" },
      price: { type: "number" },
      previous_close: { type: "number" },
      change: { type: "number" },
      change_percent: { type: "number" },
      volume: { type: "integer", minimum: 0 },
    },
    required: [
      "symbol",
      "company",
      "exchange",
      "sector",
      "currency",
      "price",
      "previous_close",
      "change",
      "change_percent",
      "volume",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { symbol: "AAPL" },
      result: {
        symbol: "AAPL",
        company: "Apple Inc.",
        exchange: "NASDAQ",
        sector: "Information Technology",
        currency: "USD",
        price: 184.01,
        previous_close: 185.72,
        change: -1.71,
        change_percent: -0.92,
        volume: 46249873,
      },
    },
  ],
  invalidExamples: [
    { arguments: { symbol: "ZZZZ" }, error: "unknown ticker symbol 'ZZZZ'" },
    { arguments: { symbol: "aapl" }, error: "$.symbol must match pattern" },
  ],
  run: ({ symbol }, { randomFor }) => {
    const stock = findStock(symbol);
    if (stock === undefined) {
      throw new ToolArgumentError({
        message: `unknown ticker symbol '${symbol}'; known symbols include ${stockExamples}`,
        argument: "symbol",
      });
    }
    const random = randomFor(stock.symbol);
    const previous = roundTo(stock.referencePrice * (0.95 + random.next() * 0.1), 2, {
      method: "half-away-from-zero",
    });
    const price = roundTo(previous * (0.97 + random.next() * 0.06), 2, { method: "half-away-from-zero" });
    return {
      symbol,
      company: stock.company,
      exchange: stock.exchange,
      sector: stock.sector,
      currency: "USD",
      price,
      previous_close: previous,
      change: roundTo(price - previous, 2, { method: "half-away-from-zero" }),
      change_percent: roundTo(((price - previous) / previous) * 100, 2, { method: "half-away-from-zero" }),
      volume: random.int(2_000_000, 60_000_000),
    };
  },
});
