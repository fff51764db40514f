/** Units by quantity, each with its size in the quantity's base unit (temperature is handled apart). */
export const unitTable: Record<string, Record<string, number>> = {
  length: {
    m: 1,
    km: 1000,
    cm: 0.01,
    mm: 0.001,
    mi: 1609.344,
    yd: 0.9144,
    ft: 0.3048,
    in: 0.0254,
    nmi: 1852,
  },
  mass: { kg: 1, g: 0.001, mg: 1e-6, t: 1000, lb: 0.45359237, oz: 0.028349523125, st: 6.35029318 },
  volume: {
    l: 1,
    ml: 0.001,
    m3: 1000,
    gal_us: 3.785411784,
    qt_us: 0.946352946,
    pt_us: 0.473176473,
    cup_us: 0.2365882365,
    fl_oz_us: 0.0295735295625,
    gal_imp: 4.54609,
  },
  area: { m2: 1, km2: 1e6, ha: 1e4, acre: 4046.8564224, ft2: 0.09290304, mi2: 2589988.110336 },
  speed: { m_per_s: 1, km_per_h: 1 / 3.6, mph: 0.44704, knot: 1852 / 3600, ft_per_s: 0.3048 },
  temperature: { celsius: 1, fahrenheit: 1, kelvin: 1 },
  data_size: {
    bit: 0.125,
    byte: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
  },
  energy: { j: 1, kj: 1000, cal: 4.184, kcal: 4184, wh: 3600, kwh: 3.6e6, btu: 1055.05585262 },
  pressure: { pa: 1, kpa: 1000, bar: 1e5, psi: 6894.757293168, atm: 101325, mmhg: 133.322387415 },
};

/** Every unit name, in table order. */
export const unitNames = Object.values(unitTable).flatMap((units) => Object.keys(units));

/** The quantity a unit measures. */
export function quantityOf(unit: string): string {
  return Object.entries(unitTable).find(([, units]) => unit in units)?.[0] ?? "unknown";
}

/** Converts a temperature to kelvin and back. */
export const temperature = {
  toKelvin: (value: number, unit: string) =>
    unit === "celsius" ? value + 273.15 : unit === "fahrenheit" ? ((value - 32) * 5) / 9 + 273.15 : value,
  fromKelvin: (kelvin: number, unit: string) =>
    unit === "celsius" ? kelvin - 273.15 : unit === "fahrenheit" ? ((kelvin - 273.15) * 9) / 5 + 32 : kelvin,
};
