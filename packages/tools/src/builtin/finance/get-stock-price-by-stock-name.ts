import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { bfclStockCoverage, requireBfclStock, stockNameParameters } from "./bfcl-stocks.js";

/** A simulated latest price of a stock (BFCL's `get_stock_price_by_stock_name`). */
export const getStockPriceByStockName = defineTool<{ stock_name: string }>({
  name: "get_stock_price_by_stock_name",
  description: "Finds the latest price of a stock, in US dollars, by its stock symbol (e.g. AAPL).",
  category: "Finance",
  simulated: { covers: bfclStockCoverage },
  parameters: stockNameParameters,
  returns: { type: "number", exclusiveMinimum: 0 },
  examples: [
    { arguments: { stock_name: "AAPL" }, result: 189.67 },
    { arguments: { stock_name: "BABA" }, result: 76.07 },
  ],
  invalidExamples: [
    { arguments: { stock_name: "ZZZZ" }, error: "unknown stock symbol 'ZZZZ'" },
    { arguments: { stock_name: "Apple" }, error: "$.stock_name must match pattern" },
  ],
  run: ({ stock_name }, { randomFor }) => {
    const stock = requireBfclStock(stock_name);
    const random = randomFor(stock.symbol);
    return roundTo(stock.referencePrice * (0.95 + random.next() * 0.1), 2, { method: "half-away-from-zero" });
  },
});
