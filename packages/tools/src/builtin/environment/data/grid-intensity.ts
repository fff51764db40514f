/** Approximate average carbon intensity of electricity generation in 2023, g CO2e per kWh (rounded). */
export const gridIntensity: Record<string, { country: string; g_per_kwh: number }> = {
  AU: { country: "Australia", g_per_kwh: 550 },
  BR: { country: "Brazil", g_per_kwh: 100 },
  CA: { country: "Canada", g_per_kwh: 130 },
  CN: { country: "China", g_per_kwh: 580 },
  DE: { country: "Germany", g_per_kwh: 380 },
  ES: { country: "Spain", g_per_kwh: 170 },
  FR: { country: "France", g_per_kwh: 56 },
  GB: { country: "United Kingdom", g_per_kwh: 240 },
  IN: { country: "India", g_per_kwh: 710 },
  IT: { country: "Italy", g_per_kwh: 330 },
  JP: { country: "Japan", g_per_kwh: 480 },
  NO: { country: "Norway", g_per_kwh: 30 },
  PL: { country: "Poland", g_per_kwh: 660 },
  SE: { country: "Sweden", g_per_kwh: 40 },
  US: { country: "United States", g_per_kwh: 370 },
  ZA: { country: "South Africa", g_per_kwh: 710 },
};
