/**
 * Large listed companies with stable public facts: legal name, primary listing, founding year, headquarters,
 * sector and founders. Founding years are those of the original company where it was renamed or merged.
 */

export const sectors = [
  "Information Technology",
  "Communication Services",
  "Consumer Discretionary",
  "Consumer Staples",
  "Industrials",
  "Financials",
] as const;
export type Sector = (typeof sectors)[number];

export interface Company {
  name: string;
  ticker: string;
  exchange: string;
  founded: number;
  headquarters: string;
  country: string;
  sector: Sector;
  founders: string[];
}

const c = (
  name: string,
  ticker: string,
  exchange: string,
  founded: number,
  headquarters: string,
  country: string,
  sector: Sector,
  founders: string[],
): Company => ({
  name,
  ticker,
  exchange,
  founded,
  headquarters,
  country,
  sector,
  founders,
});

export const companies: Company[] = [
  c("Apple Inc.", "AAPL", "NASDAQ", 1976, "Cupertino, California", "US", "Information Technology", [
    "Steve Jobs",
    "Steve Wozniak",
    "Ronald Wayne",
  ]),
  c("Microsoft Corporation", "MSFT", "NASDAQ", 1975, "Redmond, Washington", "US", "Information Technology", [
    "Bill Gates",
    "Paul Allen",
  ]),
  c("NVIDIA Corporation", "NVDA", "NASDAQ", 1993, "Santa Clara, California", "US", "Information Technology", [
    "Jensen Huang",
    "Chris Malachowsky",
    "Curtis Priem",
  ]),
  c("Intel Corporation", "INTC", "NASDAQ", 1968, "Santa Clara, California", "US", "Information Technology", [
    "Gordon Moore",
    "Robert Noyce",
  ]),
  c("Adobe Inc.", "ADBE", "NASDAQ", 1982, "San Jose, California", "US", "Information Technology", [
    "John Warnock",
    "Charles Geschke",
  ]),
  c("Amazon.com, Inc.", "AMZN", "NASDAQ", 1994, "Seattle, Washington", "US", "Consumer Discretionary", [
    "Jeff Bezos",
  ]),
  c("Tesla, Inc.", "TSLA", "NASDAQ", 2003, "Austin, Texas", "US", "Consumer Discretionary", [
    "Martin Eberhard",
    "Marc Tarpenning",
  ]),
  c("Netflix, Inc.", "NFLX", "NASDAQ", 1997, "Los Gatos, California", "US", "Communication Services", [
    "Reed Hastings",
    "Marc Randolph",
  ]),
  c("Starbucks Corporation", "SBUX", "NASDAQ", 1971, "Seattle, Washington", "US", "Consumer Discretionary", [
    "Jerry Baldwin",
    "Zev Siegl",
    "Gordon Bowker",
  ]),
  c("The Coca-Cola Company", "KO", "NYSE", 1892, "Atlanta, Georgia", "US", "Consumer Staples", [
    "Asa Griggs Candler",
  ]),
  c("Nike, Inc.", "NKE", "NYSE", 1964, "Beaverton, Oregon", "US", "Consumer Discretionary", [
    "Phil Knight",
    "Bill Bowerman",
  ]),
  c("The Walt Disney Company", "DIS", "NYSE", 1923, "Burbank, California", "US", "Communication Services", [
    "Walt Disney",
    "Roy O. Disney",
  ]),
  c("Spotify Technology S.A.", "SPOT", "NYSE", 2006, "Stockholm", "SE", "Communication Services", [
    "Daniel Ek",
    "Martin Lorentzon",
  ]),
  c("Shopify Inc.", "SHOP", "TSX", 2004, "Ottawa, Ontario", "CA", "Information Technology", [
    "Tobias Lütke",
    "Scott Lake",
    "Daniel Weinand",
  ]),
  c("Toyota Motor Corporation", "7203", "TSE", 1937, "Toyota City, Aichi", "JP", "Consumer Discretionary", [
    "Kiichiro Toyoda",
  ]),
  c("Sony Group Corporation", "6758", "TSE", 1946, "Tokyo", "JP", "Consumer Discretionary", [
    "Masaru Ibuka",
    "Akio Morita",
  ]),
  c("Samsung Electronics Co., Ltd.", "005930", "KRX", 1969, "Suwon", "KR", "Information Technology", [
    "Lee Byung-chul",
  ]),
  c(
    "Taiwan Semiconductor Manufacturing Company",
    "2330",
    "TWSE",
    1987,
    "Hsinchu",
    "TW",
    "Information Technology",
    ["Morris Chang"],
  ),
  c("Infosys Limited", "INFY", "NSE", 1981, "Bengaluru", "IN", "Information Technology", [
    "N. R. Narayana Murthy",
    "Nandan Nilekani",
    "S. Gopalakrishnan",
    "S. D. Shibulal",
    "K. Dinesh",
    "N. S. Raghavan",
    "Ashok Arora",
  ]),
  c("SAP SE", "SAP", "XETRA", 1972, "Walldorf", "DE", "Information Technology", [
    "Dietmar Hopp",
    "Hasso Plattner",
    "Claus Wellenreuther",
    "Klaus Tschira",
    "Hans-Werner Hector",
  ]),
  c("Siemens AG", "SIE", "XETRA", 1847, "Munich", "DE", "Industrials", [
    "Werner von Siemens",
    "Johann Georg Halske",
  ]),
  c("ASML Holding N.V.", "ASML", "Euronext Amsterdam", 1984, "Veldhoven", "NL", "Information Technology", []),
  c(
    "LVMH Moët Hennessy Louis Vuitton SE",
    "MC",
    "Euronext Paris",
    1987,
    "Paris",
    "FR",
    "Consumer Discretionary",
    [],
  ),
  c("Nestlé S.A.", "NESN", "SIX Swiss Exchange", 1866, "Vevey", "CH", "Consumer Staples", ["Henri Nestlé"]),
  c("Unilever PLC", "ULVR", "LSE", 1929, "London", "GB", "Consumer Staples", []),
  c("HSBC Holdings plc", "HSBA", "LSE", 1865, "London", "GB", "Financials", ["Thomas Sutherland"]),
];
