import { mix32 } from "./hash-32.js";

/** Computes MinHash signatures with a fixed family of hash functions. */
export interface MinHasher {
  readonly numHashes: number;
  /** The signature of a set of shingle hashes; all `0xffffffff` for an empty set. */
  signature(shingles: Uint32Array): Uint32Array;
}

/**
 * A MinHash family of `numHashes` functions `h_i(x) = mix32(x XOR s_i)`, with the `s_i` drawn from `seed`, so
 * the same seed gives the same signatures in every process.
 */
export function createMinHasher({ numHashes, seed }: { numHashes: number; seed: number }): MinHasher {
  const salts = new Uint32Array(numHashes);
  let state = mix32(seed ^ 0x5bd1e995);
  for (let index = 0; index < numHashes; index++) {
    state = mix32(state + 0x9e3779b9);
    salts[index] = state;
  }
  return {
    numHashes,
    signature(shingles) {
      const result = new Uint32Array(numHashes).fill(0xffffffff);
      for (let index = 0; index < numHashes; index++) {
        const salt = salts[index] ?? 0;
        let least = 0xffffffff;
        for (let shingle = 0; shingle < shingles.length; shingle++) {
          const value = mix32((shingles[shingle] ?? 0) ^ salt);
          if (value < least) {
            least = value;
          }
        }
        result[index] = least;
      }
      return result;
    },
  };
}
