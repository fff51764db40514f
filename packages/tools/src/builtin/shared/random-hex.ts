import type { Random } from "@apigen/core";

/**
 * `length` lower-case hexadecimal digits drawn from a seeded stream, for simulated ids.
 *
 * @example
 * randomHex(createRandom(1), 8); // e.g. "3fa91c07", the same for the same seed
 */
export function randomHex(random: Random, length: number): string {
  return Array.from({ length }, () => random.int(0, 15).toString(16)).join("");
}
