/** A listed company with a fixed reference price that simulated quotes move around. */
export interface StockRecord {
  symbol: string;
  company: string;
  exchange: "NASDAQ" | "NYSE";
  sector: string;
  /** Approximate reference price in USD; quotes are synthesised around it. */
  referencePrice: number;
}

/** 30 large US-listed companies: names, exchanges and GICS sectors are real; prices are approximate. */
export const stocks: readonly StockRecord[] = [
  {
    symbol: "AAPL",
    company: "Apple Inc.",
    exchange: "NASDAQ",
    sector: "Information Technology",
    referencePrice: 185,
  },
  {
    symbol: "MSFT",
    company: "Microsoft Corporation",
    exchange: "NASDAQ",
    sector: "Information Technology",
    referencePrice: 410,
  },
  {
    symbol: "GOOGL",
    company: "Alphabet Inc.",
    exchange: "NASDAQ",
    sector: "Communication Services",
    referencePrice: 150,
  },
  {
    symbol: "AMZN",
    company: "Amazon.com, Inc.",
    exchange: "NASDAQ",
    sector: "Consumer Discretionary",
    referencePrice: 175,
  },
  {
    symbol: "NVDA",
    company: "NVIDIA Corporation",
    exchange: "NASDAQ",
    sector: "Information Technology",
    referencePrice: 120,
  },
  {
    symbol: "META",
    company: "Meta Platforms, Inc.",
    exchange: "NASDAQ",
    sector: "Communication Services",
    referencePrice: 480,
  },
  {
    symbol: "TSLA",
    company: "Tesla, Inc.",
    exchange: "NASDAQ",
    sector: "Consumer Discretionary",
    referencePrice: 200,
  },
  {
    symbol: "NFLX",
    company: "Netflix, Inc.",
    exchange: "NASDAQ",
    sector: "Communication Services",
    referencePrice: 600,
  },
  {
    symbol: "INTC",
    company: "Intel Corporation",
    exchange: "NASDAQ",
    sector: "Information Technology",
    referencePrice: 35,
  },
  {
    symbol: "AMD",
    company: "Advanced Micro Devices, Inc.",
    exchange: "NASDAQ",
    sector: "Information Technology",
    referencePrice: 160,
  },
  {
    symbol: "CSCO",
    company: "Cisco Systems, Inc.",
    exchange: "NASDAQ",
    sector: "Information Technology",
    referencePrice: 50,
  },
  {
    symbol: "PEP",
    company: "PepsiCo, Inc.",
    exchange: "NASDAQ",
    sector: "Consumer Staples",
    referencePrice: 170,
  },
  {
    symbol: "COST",
    company: "Costco Wholesale Corporation",
    exchange: "NASDAQ",
    sector: "Consumer Staples",
    referencePrice: 750,
  },
  {
    symbol: "ADBE",
    company: "Adobe Inc.",
    exchange: "NASDAQ",
    sector: "Information Technology",
    referencePrice: 520,
  },
  {
    symbol: "JPM",
    company: "JPMorgan Chase & Co.",
    exchange: "NYSE",
    sector: "Financials",
    referencePrice: 195,
  },
  {
    symbol: "BAC",
    company: "Bank of America Corporation",
    exchange: "NYSE",
    sector: "Financials",
    referencePrice: 37,
  },
  {
    symbol: "GS",
    company: "The Goldman Sachs Group, Inc.",
    exchange: "NYSE",
    sector: "Financials",
    referencePrice: 450,
  },
  { symbol: "V", company: "Visa Inc.", exchange: "NYSE", sector: "Financials", referencePrice: 275 },
  {
    symbol: "JNJ",
    company: "Johnson & Johnson",
    exchange: "NYSE",
    sector: "Health Care",
    referencePrice: 155,
  },
  { symbol: "PFE", company: "Pfizer Inc.", exchange: "NYSE", sector: "Health Care", referencePrice: 28 },
  {
    symbol: "UNH",
    company: "UnitedHealth Group Incorporated",
    exchange: "NYSE",
    sector: "Health Care",
    referencePrice: 500,
  },
  {
    symbol: "PG",
    company: "The Procter & Gamble Company",
    exchange: "NYSE",
    sector: "Consumer Staples",
    referencePrice: 160,
  },
  {
    symbol: "KO",
    company: "The Coca-Cola Company",
    exchange: "NYSE",
    sector: "Consumer Staples",
    referencePrice: 62,
  },
  {
    symbol: "XOM",
    company: "Exxon Mobil Corporation",
    exchange: "NYSE",
    sector: "Energy",
    referencePrice: 110,
  },
  { symbol: "CVX", company: "Chevron Corporation", exchange: "NYSE", sector: "Energy", referencePrice: 155 },
  {
    symbol: "DIS",
    company: "The Walt Disney Company",
    exchange: "NYSE",
    sector: "Communication Services",
    referencePrice: 105,
  },
  {
    symbol: "MCD",
    company: "McDonald's Corporation",
    exchange: "NYSE",
    sector: "Consumer Discretionary",
    referencePrice: 280,
  },
  {
    symbol: "NKE",
    company: "NIKE, Inc.",
    exchange: "NYSE",
    sector: "Consumer Discretionary",
    referencePrice: 95,
  },
  {
    symbol: "BA",
    company: "The Boeing Company",
    exchange: "NYSE",
    sector: "Industrials",
    referencePrice: 190,
  },
  {
    symbol: "CAT",
    company: "Caterpillar Inc.",
    exchange: "NYSE",
    sector: "Industrials",
    referencePrice: 340,
  },
];

/** The stock with this ticker, or an error message listing some known ones. */
export function findStock(symbol: string): StockRecord | undefined {
  return stocks.find((stock) => stock.symbol === symbol);
}

/** A few known tickers, for error messages. */
export const stockExamples = "AAPL, MSFT, GOOGL, AMZN, NVDA, JPM, KO, XOM";
