/**
 * Country calling codes (ITU-T E.164), the usual lengths of national significant numbers, and the trunk prefix
 * dialled before them inside the country (null where there is none).
 */
export interface CallingPlan {
  country: string;
  calling_code: string;
  lengths: number[];
  trunk_prefix: string | null;
}

export const callingPlans: Record<string, CallingPlan> = {
  US: { country: "United States", calling_code: "1", lengths: [10], trunk_prefix: "1" },
  CA: { country: "Canada", calling_code: "1", lengths: [10], trunk_prefix: "1" },
  MX: { country: "Mexico", calling_code: "52", lengths: [10], trunk_prefix: null },
  BR: { country: "Brazil", calling_code: "55", lengths: [10, 11], trunk_prefix: "0" },
  GB: { country: "United Kingdom", calling_code: "44", lengths: [9, 10], trunk_prefix: "0" },
  IE: { country: "Ireland", calling_code: "353", lengths: [7, 8, 9], trunk_prefix: "0" },
  FR: { country: "France", calling_code: "33", lengths: [9], trunk_prefix: "0" },
  DE: { country: "Germany", calling_code: "49", lengths: [7, 8, 9, 10, 11], trunk_prefix: "0" },
  ES: { country: "Spain", calling_code: "34", lengths: [9], trunk_prefix: null },
  NL: { country: "Netherlands", calling_code: "31", lengths: [9], trunk_prefix: "0" },
  SE: { country: "Sweden", calling_code: "46", lengths: [7, 8, 9], trunk_prefix: "0" },
  IN: { country: "India", calling_code: "91", lengths: [10], trunk_prefix: "0" },
  CN: { country: "China", calling_code: "86", lengths: [10, 11], trunk_prefix: "0" },
  JP: { country: "Japan", calling_code: "81", lengths: [9, 10], trunk_prefix: "0" },
  KR: { country: "South Korea", calling_code: "82", lengths: [9, 10], trunk_prefix: "0" },
  SG: { country: "Singapore", calling_code: "65", lengths: [8], trunk_prefix: null },
  AU: { country: "Australia", calling_code: "61", lengths: [9], trunk_prefix: "0" },
  NZ: { country: "New Zealand", calling_code: "64", lengths: [8, 9, 10], trunk_prefix: "0" },
  ZA: { country: "South Africa", calling_code: "27", lengths: [9], trunk_prefix: "0" },
  NG: { country: "Nigeria", calling_code: "234", lengths: [10], trunk_prefix: "0" },
  KE: { country: "Kenya", calling_code: "254", lengths: [9], trunk_prefix: "0" },
  AE: { country: "United Arab Emirates", calling_code: "971", lengths: [8, 9], trunk_prefix: "0" },
};
