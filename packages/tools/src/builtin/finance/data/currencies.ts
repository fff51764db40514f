/** A currency with its reference rate against the US dollar. */
export interface CurrencyRecord {
  code: string;
  name: string;
  /** Units of this currency per 1 USD in the fixed reference snapshot (approximate early-2024 mid-market rates). */
  perUsd: number;
}

/** 30 widely traded currencies (ISO 4217 codes and names are real; rates are a fixed approximate snapshot). */
export const currencies: readonly CurrencyRecord[] = [
  { code: "USD", name: "United States dollar", perUsd: 1 },
  { code: "EUR", name: "Euro", perUsd: 0.92 },
  { code: "GBP", name: "Pound sterling", perUsd: 0.79 },
  { code: "JPY", name: "Japanese yen", perUsd: 148 },
  { code: "CHF", name: "Swiss franc", perUsd: 0.88 },
  { code: "CAD", name: "Canadian dollar", perUsd: 1.35 },
  { code: "AUD", name: "Australian dollar", perUsd: 1.52 },
  { code: "NZD", name: "New Zealand dollar", perUsd: 1.63 },
  { code: "CNY", name: "Chinese yuan renminbi", perUsd: 7.19 },
  { code: "HKD", name: "Hong Kong dollar", perUsd: 7.82 },
  { code: "SGD", name: "Singapore dollar", perUsd: 1.34 },
  { code: "INR", name: "Indian rupee", perUsd: 83 },
  { code: "KRW", name: "South Korean won", perUsd: 1330 },
  { code: "SEK", name: "Swedish krona", perUsd: 10.4 },
  { code: "NOK", name: "Norwegian krone", perUsd: 10.5 },
  { code: "DKK", name: "Danish krone", perUsd: 6.87 },
  { code: "PLN", name: "Polish zloty", perUsd: 3.98 },
  { code: "CZK", name: "Czech koruna", perUsd: 23.2 },
  { code: "HUF", name: "Hungarian forint", perUsd: 358 },
  { code: "MXN", name: "Mexican peso", perUsd: 17.1 },
  { code: "BRL", name: "Brazilian real", perUsd: 4.97 },
  { code: "ZAR", name: "South African rand", perUsd: 18.9 },
  { code: "TRY", name: "Turkish lira", perUsd: 31 },
  { code: "AED", name: "UAE dirham", perUsd: 3.6725 },
  { code: "SAR", name: "Saudi riyal", perUsd: 3.75 },
  { code: "ILS", name: "Israeli new shekel", perUsd: 3.65 },
  { code: "THB", name: "Thai baht", perUsd: 35.8 },
  { code: "MYR", name: "Malaysian ringgit", perUsd: 4.75 },
  { code: "IDR", name: "Indonesian rupiah", perUsd: 15600 },
  { code: "PHP", name: "Philippine peso", perUsd: 56 },
];

/** The currency with this ISO code, if the snapshot has it. */
export function findCurrency(code: string): CurrencyRecord | undefined {
  return currencies.find((currency) => currency.code === code);
}
