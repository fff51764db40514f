import type { ObjectSchema } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { findStock, type StockRecord, stockExamples } from "./data/stocks.js";

/** Listings BFCL's questions ask about beyond the shared stock data: real names, approximate prices. */
const extraStocks: readonly StockRecord[] = [
  {
    symbol: "GOOG",
    company: "Alphabet Inc.",
    exchange: "NASDAQ",
    sector: "Communication Services",
    referencePrice: 151,
  },
  {
    symbol: "BABA",
    company: "Alibaba Group Holding Limited",
    exchange: "NYSE",
    sector: "Consumer Discretionary",
    referencePrice: 80,
  },
];

/**
 * The stock with this ticker, from the shared stock data or the two extra listings, or a `ToolArgumentError`.
 *
 * @example
 * requireBfclStock("AAPL").company; // "Apple Inc."
 */
export function requireBfclStock(symbol: string): StockRecord {
  const stock = findStock(symbol) ?? extraStocks.find((extra) => extra.symbol === symbol);
  if (stock === undefined) {
    throw new ToolArgumentError({
      message: `unknown stock symbol '${symbol}'; known symbols include ${stockExamples}, GOOG, BABA`,
      argument: "stock_name",
    });
  }
  return stock;
}

/** What the simulated BFCL stock tools cover. */
export const bfclStockCoverage =
  "32 large listed stocks (real tickers and company names, e.g. AAPL, MSFT, GOOG, GOOGL, AMZN, TSLA, META, NFLX, BABA); prices are synthesised within a few percent of a fixed approximate reference price, deterministic for the same symbol and seed";

/** The schema of BFCL's `stock_name` parameter: an upper-case ticker symbol. */
export const stockNameSchema = {
  type: "string" as const,
  pattern: "^[A-Z]{1,5}$",
  description: "The stock name of the product, in the format of the stock symbol (upper case, e.g. AAPL).",
};

/** The parameters of the BFCL stock tools that take only a `stock_name`. */
export const stockNameParameters: ObjectSchema = {
  type: "object",
  properties: { stock_name: stockNameSchema },
  required: ["stock_name"],
  additionalProperties: false,
};
