import { createHash } from "node:crypto";

/** A number in [0, 1) that depends only on the seed and the key: a stable, seeded coin for each key. */
export function unitHash(seed: number, key: string): number {
  const digest = createHash("sha256").update(`${seed}\0${key}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}
