import { hashText, mix32 } from "./hash-32.js";

/** Queries with fewer words than this are compared by character 5-grams instead of word 3-shingles. */
export const minWordsForWordShingles = 6;

/**
 * The distinct 32-bit hashes of the shingles of a normalised text: word 3-shingles for texts of at least
 * {@link minWordsForWordShingles} words, character 5-grams (spaces included) for shorter ones, the whole
 * text when it is shorter than that. An empty text has no shingles.
 */
export function shingleHashes(normalized: string): Uint32Array {
  if (normalized === "") {
    return new Uint32Array(0);
  }
  const hashes = new Set<number>();
  const words = normalized.split(" ");
  if (words.length >= minWordsForWordShingles) {
    const wordHashes = words.map((word) => hashText(word));
    for (let index = 0; index + 2 < wordHashes.length; index++) {
      const first = wordHashes[index] ?? 0;
      const second = wordHashes[index + 1] ?? 0;
      const third = wordHashes[index + 2] ?? 0;
      hashes.add(mix32(Math.imul(mix32(first ^ Math.imul(second, 0x9e3779b1)), 0x85ebca77) ^ third));
    }
  } else if (normalized.length <= 5) {
    hashes.add(hashText(normalized));
  } else {
    for (let index = 0; index + 5 <= normalized.length; index++) {
      hashes.add(hashText(normalized, index, index + 5));
    }
  }
  return Uint32Array.from(hashes);
}
