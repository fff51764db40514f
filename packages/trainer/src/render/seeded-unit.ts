import { createHash } from "node:crypto";

/** A number in [0, 1) fixed by the seed and the parts: the same inputs give the same number on every machine. */
export function seededUnit(seed: number, ...parts: (string | number)[]): number {
  const hash = createHash("sha256")
    .update([seed, ...parts].join("\u0000"))
    .digest();
  return hash.readUInt32BE(0) / 2 ** 32;
}
