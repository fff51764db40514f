const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthNumber(name: string): number | undefined {
  const prefix = name.toLowerCase().slice(0, 3);
  const index = prefix.length < 3 ? -1 : months.findIndex((month) => month.startsWith(prefix));
  return index === -1 ? undefined : index + 1;
}

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const month =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const day = "(\\d{1,2})(?:st|nd|rd|th)?";
const patterns: ReadonlyArray<{
  regex: RegExp;
  read: (match: RegExpExecArray) => Array<string | undefined>;
}> = [
  {
    regex: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    read: (m) => [iso(Number(m[1]), Number(m[2]), Number(m[3]))],
  },
  {
    regex: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g,
    read: (m) => {
      const year = m[3]?.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return [iso(year, Number(m[1]), Number(m[2])), iso(year, Number(m[2]), Number(m[1]))];
    },
  },
  {
    regex: new RegExp(`\\b${month}\\s+${day}(?:,?\\s+(\\d{4}))?`, "gi"),
    read: (m) => [iso(Number(m[3] ?? Number.NaN), monthNumber(m[1] ?? "") ?? 0, Number(m[2]))],
  },
  {
    regex: new RegExp(`\\b${day}\\s+(?:of\\s+)?${month},?\\s+(\\d{4})`, "gi"),
    read: (m) => [iso(Number(m[3]), monthNumber(m[2] ?? "") ?? 0, Number(m[1]))],
  },
];

/**
 * Every calendar date a text states, as ISO `YYYY-MM-DD`: `2024-03-03`, `2024/3/3`, `3/3/2024` and `03.03.24`
 * (read both month-first and day-first when both are valid), `March 3, 2024`, `Mar 3rd 2024`, `3 March 2024`.
 * A month and day without a year (`March 3`) yield `--03-03`, which matches any year.
 */
export function parseDates(text: string): string[] {
  const found = new Set<string>();
  for (const { regex, read } of patterns) {
    for (const match of text.matchAll(regex)) {
      for (const date of read(match)) {
        if (date !== undefined) {
          found.add(date);
        }
      }
    }
  }
  const yearless = new RegExp(`\\b${month}\\s+${day}\\b(?!,?\\s+\\d{4})`, "gi");
  for (const match of text.matchAll(yearless)) {
    const date = iso(2000, monthNumber(match[1] ?? "") ?? 0, Number(match[2]));
    if (date !== undefined) {
      found.add(`--${date.slice(5)}`);
    }
  }
  return [...found];
}
