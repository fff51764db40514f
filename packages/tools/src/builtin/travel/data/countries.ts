/** Travel facts about a country. */
export interface CountryRecord {
  code: string;
  name: string;
  capital: string;
  currency: string;
  calling_code: string;
  driving_side: "left" | "right";
  languages: string[];
}

const c = (
  code: string,
  name: string,
  capital: string,
  currency: string,
  calling_code: string,
  driving_side: "left" | "right",
  languages: string[],
): CountryRecord => ({
  code,
  name,
  capital,
  currency,
  calling_code,
  driving_side,
  languages,
});

/** 32 countries (ISO 3166-1 codes, capitals, ISO 4217 currencies, calling codes, driving side, main languages). */
export const countries: readonly CountryRecord[] = [
  c("US", "United States", "Washington, D.C.", "USD", "+1", "right", ["English"]),
  c("CA", "Canada", "Ottawa", "CAD", "+1", "right", ["English", "French"]),
  c("MX", "Mexico", "Mexico City", "MXN", "+52", "right", ["Spanish"]),
  c("BR", "Brazil", "Brasilia", "BRL", "+55", "right", ["Portuguese"]),
  c("AR", "Argentina", "Buenos Aires", "ARS", "+54", "right", ["Spanish"]),
  c("CO", "Colombia", "Bogota", "COP", "+57", "right", ["Spanish"]),
  c("GB", "United Kingdom", "London", "GBP", "+44", "left", ["English"]),
  c("IE", "Ireland", "Dublin", "EUR", "+353", "left", ["English", "Irish"]),
  c("FR", "France", "Paris", "EUR", "+33", "right", ["French"]),
  c("DE", "Germany", "Berlin", "EUR", "+49", "right", ["German"]),
  c("NL", "Netherlands", "Amsterdam", "EUR", "+31", "right", ["Dutch"]),
  c("ES", "Spain", "Madrid", "EUR", "+34", "right", ["Spanish"]),
  c("PT", "Portugal", "Lisbon", "EUR", "+351", "right", ["Portuguese"]),
  c("IT", "Italy", "Rome", "EUR", "+39", "right", ["Italian"]),
  c("CH", "Switzerland", "Bern", "CHF", "+41", "right", ["German", "French", "Italian", "Romansh"]),
  c("AT", "Austria", "Vienna", "EUR", "+43", "right", ["German"]),
  c("DK", "Denmark", "Copenhagen", "DKK", "+45", "right", ["Danish"]),
  c("GR", "Greece", "Athens", "EUR", "+30", "right", ["Greek"]),
  c("TR", "Turkey", "Ankara", "TRY", "+90", "right", ["Turkish"]),
  c("AE", "United Arab Emirates", "Abu Dhabi", "AED", "+971", "right", ["Arabic"]),
  c("QA", "Qatar", "Doha", "QAR", "+974", "right", ["Arabic"]),
  c("EG", "Egypt", "Cairo", "EGP", "+20", "right", ["Arabic"]),
  c("KE", "Kenya", "Nairobi", "KES", "+254", "left", ["Swahili", "English"]),
  c("ZA", "South Africa", "Pretoria", "ZAR", "+27", "left", ["Zulu", "Xhosa", "Afrikaans", "English"]),
  c("IN", "India", "New Delhi", "INR", "+91", "left", ["Hindi", "English"]),
  c("TH", "Thailand", "Bangkok", "THB", "+66", "left", ["Thai"]),
  c("SG", "Singapore", "Singapore", "SGD", "+65", "left", ["English", "Malay", "Mandarin", "Tamil"]),
  c("CN", "China", "Beijing", "CNY", "+86", "right", ["Mandarin Chinese"]),
  c("JP", "Japan", "Tokyo", "JPY", "+81", "left", ["Japanese"]),
  c("KR", "South Korea", "Seoul", "KRW", "+82", "right", ["Korean"]),
  c("AU", "Australia", "Canberra", "AUD", "+61", "left", ["English"]),
  c("NZ", "New Zealand", "Wellington", "NZD", "+64", "left", ["English", "Maori"]),
];
