/** SMS segmentation per GSM 03.38 (7-bit default alphabet with its extension table) and UCS-2. */

const gsmBasic = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const gsmExtended = new Set("^{}\\[~]|€\f");

export interface SmsEncoding {
  encoding: "GSM-7" | "UCS-2";
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  per_segment: number;
  /** Units used in the last segment. */
  last_used: number;
  characters: number;
  non_gsm_characters: string[];
}

/** How a message is encoded and into how many segments it is split. */
export function encodeSms(message: string): SmsEncoding {
  const characters = [...message];
  const nonGsm = characters.filter((char) => !gsmBasic.has(char) && !gsmExtended.has(char));
  if (nonGsm.length === 0) {
    const sizes = characters.map((char) => (gsmExtended.has(char) ? 2 : 1));
    return {
      encoding: "GSM-7",
      ...pack(sizes, 160, 153),
      characters: characters.length,
      non_gsm_characters: [],
    };
  }
  const sizes = characters.map((char) => char.length);
  return {
    encoding: "UCS-2",
    ...pack(sizes, 70, 67),
    characters: characters.length,
    non_gsm_characters: [...new Set(nonGsm)],
  };
}

/** Greedy packing that never splits a character's units across segments. */
function pack(sizes: number[], single: number, multi: number) {
  const units = sizes.reduce((sum, size) => sum + size, 0);
  if (units <= single) {
    return { units, segments: units === 0 ? 0 : 1, per_segment: single, last_used: units };
  }
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > multi) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { units, segments, per_segment: multi, last_used: used };
}
