/**
 * A public holiday rule: `on` is a fixed "MM-DD", a day offset from Easter Sunday (Orthodox Easter where the
 * country follows it), or `[month, weekday, nth]` (weekday 0 = Sunday; nth -1 = the last).
 */
export interface PublicHolidayRule {
  name: string;
  on: string | number | readonly [number, number, number];
  since?: number;
  until?: number;
}

/** The countries BFCL's holiday function offers. */
export const holidayCountries = [
  "US",
  "AT",
  "DE",
  "ES",
  "FR",
  "GB",
  "IT",
  "NL",
  "PL",
  "RO",
  "SK",
  "UA",
] as const;
/** A country code BFCL's holiday function accepts. */
export type HolidayCountry = (typeof holidayCountries)[number];

/** Countries whose movable feasts follow Orthodox Easter. */
export const orthodoxCountries: ReadonlySet<HolidayCountry> = new Set(["RO", "UA"]);

const r = (name: string, on: PublicHolidayRule["on"], since?: number, until?: number): PublicHolidayRule => ({
  name,
  on,
  ...(since === undefined ? {} : { since }),
  ...(until === undefined ? {} : { until }),
});
const newYear = r("New Year's Day", "01-01");
const christmas = r("Christmas Day", "12-25");
const stStephen = r("St. Stephen's Day", "12-26");
const goodFriday = r("Good Friday", -2);
const easter = r("Easter Sunday", 0);
const easterMonday = r("Easter Monday", 1);
const ascension = r("Ascension Day", 39);
const whitSunday = r("Whit Sunday", 49);
const whitMonday = r("Whit Monday", 50);
const corpusChristi = r("Corpus Christi", 60);
const labour = r("Labour Day", "05-01");
const assumption = r("Assumption Day", "08-15");
const allSaints = r("All Saints' Day", "11-01");
const epiphany = r("Epiphany", "01-06");
const immaculate = r("Immaculate Conception", "12-08");

/** Nationwide statutory public holidays (no regional ones, no weekend substitutes, no one-off changes). */
export const publicHolidayRules: Record<HolidayCountry, readonly PublicHolidayRule[]> = {
  US: [
    newYear,
    r("Martin Luther King Jr. Day", [1, 1, 3], 1986),
    r("Washington's Birthday", [2, 1, 3]),
    r("Memorial Day", [5, 1, -1]),
    r("Juneteenth National Independence Day", "06-19", 2021),
    r("Independence Day", "07-04"),
    r("Labor Day", [9, 1, 1]),
    r("Columbus Day", [10, 1, 2]),
    r("Veterans Day", "11-11"),
    r("Thanksgiving Day", [11, 4, 4]),
    christmas,
  ],
  AT: [
    newYear,
    epiphany,
    easterMonday,
    r("National Holiday", "05-01"),
    ascension,
    whitMonday,
    corpusChristi,
    assumption,
    r("Austrian National Day", "10-26"),
    allSaints,
    immaculate,
    christmas,
    stStephen,
  ],
  DE: [
    newYear,
    goodFriday,
    easterMonday,
    labour,
    ascension,
    whitMonday,
    r("German Unity Day", "10-03", 1990),
    christmas,
    r("Second Day of Christmas", "12-26"),
  ],
  ES: [
    newYear,
    epiphany,
    goodFriday,
    labour,
    assumption,
    r("National Day of Spain", "10-12"),
    allSaints,
    r("Constitution Day", "12-06", 1979),
    immaculate,
    christmas,
  ],
  FR: [
    newYear,
    easterMonday,
    labour,
    r("Victory in Europe Day", "05-08"),
    ascension,
    whitMonday,
    r("Bastille Day", "07-14"),
    assumption,
    allSaints,
    r("Armistice Day", "11-11"),
    christmas,
  ],
  GB: [
    newYear,
    goodFriday,
    easterMonday,
    r("Early May Bank Holiday", [5, 1, 1]),
    r("Spring Bank Holiday", [5, 1, -1]),
    r("Summer Bank Holiday", [8, 1, -1]),
    christmas,
    r("Boxing Day", "12-26"),
  ],
  IT: [
    newYear,
    epiphany,
    easter,
    easterMonday,
    r("Liberation Day", "04-25"),
    labour,
    r("Republic Day", "06-02"),
    assumption,
    allSaints,
    immaculate,
    christmas,
    stStephen,
  ],
  NL: [
    newYear,
    goodFriday,
    easter,
    easterMonday,
    r("Queen's Day", "04-30", undefined, 2013),
    r("King's Day", "04-27", 2014),
    r("Liberation Day", "05-05"),
    ascension,
    whitSunday,
    whitMonday,
    christmas,
    r("Second Day of Christmas", "12-26"),
  ],
  PL: [
    newYear,
    r("Epiphany", "01-06", 2011),
    easter,
    easterMonday,
    labour,
    r("Constitution Day", "05-03"),
    whitSunday,
    corpusChristi,
    assumption,
    allSaints,
    r("Independence Day", "11-11"),
    christmas,
    r("Second Day of Christmas", "12-26"),
  ],
  RO: [
    newYear,
    r("Day after New Year's Day", "01-02"),
    r("Unification Day", "01-24", 2017),
    r("Orthodox Good Friday", -2, 2018),
    r("Orthodox Easter", 0),
    r("Orthodox Easter Monday", 1),
    labour,
    r("Children's Day", "06-01", 2017),
    r("Orthodox Pentecost", 49),
    r("Orthodox Pentecost Monday", 50),
    assumption,
    r("St. Andrew's Day", "11-30"),
    r("National Day", "12-01"),
    christmas,
    r("Second Day of Christmas", "12-26"),
  ],
  SK: [
    r("Day of the Establishment of the Slovak Republic", "01-01"),
    epiphany,
    goodFriday,
    easterMonday,
    labour,
    r("Day of Victory over Fascism", "05-08"),
    r("St. Cyril and Methodius Day", "07-05"),
    r("Slovak National Uprising Anniversary", "08-29"),
    r("Constitution Day", "09-01"),
    r("Day of Our Lady of the Seven Sorrows", "09-15"),
    allSaints,
    r("Struggle for Freedom and Democracy Day", "11-17"),
    r("Christmas Eve", "12-24"),
    christmas,
    stStephen,
  ],
  UA: [
    newYear,
    r("Orthodox Christmas Day", "01-07", undefined, 2023),
    r("International Women's Day", "03-08"),
    r("Orthodox Easter", 0),
    labour,
    r("Victory Day", "05-09"),
    r("Orthodox Trinity Sunday", 49),
    r("Constitution Day", "06-28"),
    r("Independence Day", "08-24"),
    r("Defenders Day", "10-14", 2015),
    r("Christmas Day", "12-25", 2017),
  ],
};
