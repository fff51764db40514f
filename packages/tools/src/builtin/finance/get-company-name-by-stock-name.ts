import { defineTool } from "../define-tool.js";
import { bfclStockCoverage, requireBfclStock, stockNameParameters } from "./bfcl-stocks.js";

/** The company behind a stock symbol (BFCL's `get_company_name_by_stock_name`). */
export const getCompanyNameByStockName = defineTool<{ stock_name: string }>({
  name: "get_company_name_by_stock_name",
  description: "Finds the company name of a stock by its stock symbol, e.g. 'Apple Inc.' for AAPL.",
  category: "Finance",
  simulated: { covers: bfclStockCoverage },
  parameters: stockNameParameters,
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { stock_name: "AAPL" }, result: "Apple Inc." },
    { arguments: { stock_name: "BABA" }, result: "Alibaba Group Holding Limited" },
  ],
  invalidExamples: [
    { arguments: { stock_name: "ZZZZ" }, error: "unknown stock symbol 'ZZZZ'" },
    { arguments: { stock_name: "aapl" }, error: "$.stock_name must match pattern" },
  ],
  run: ({ stock_name }) => requireBfclStock(stock_name).company,
});
