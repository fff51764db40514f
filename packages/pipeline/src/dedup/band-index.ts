import { mix32 } from "./hash-32.js";

/** Locality-sensitive hashing over MinHash signatures: rows that agree on a whole band are candidates. */
export interface BandIndex {
  /** Adds row `row` (rows are numbered 0, 1, 2, ... in the order they are added). */
  add(row: number, signature: Uint32Array): void;
  /** Calls `visit` once for each row sharing at least `minShared` bands with `signature`, until it returns true. */
  someCandidate(signature: Uint32Array, minShared: number, visit: (row: number) => boolean): boolean;
  /** Bytes held by the index's typed arrays. */
  readonly byteLength: number;
}

/**
 * A {@link BandIndex} of `bands` bands of `rowsPerBand` signature values each, in flat typed arrays: one
 * open-addressing table from band key to the last row added with it, and a `next` chain per (row, band). Two
 * band keys that collide in 32 bits only add candidates, which the caller checks anyway. Each band's chain is
 * walked for at most `maxChain` rows: a true near duplicate shares about half the bands, and the bands made of
 * its own words have short chains, so the cap costs little recall and keeps a check fast on templated data.
 */
export function createBandIndex({
  bands,
  rowsPerBand,
  maxChain = 32,
}: {
  bands: number;
  rowsPerBand: number;
  /** Rows visited per band, most recent first: a band shared by thousands of templated queries stays cheap. */
  maxChain?: number;
}): BandIndex {
  let capacity = 1024;
  let keys = new Uint32Array(capacity);
  let heads = new Int32Array(capacity).fill(-1);
  let used = 0;
  let next = new Int32Array(1024 * bands);
  let seen = new Uint32Array(1024);
  let shared = new Uint8Array(1024);
  let stamp = 0;

  const bandKey = (signature: Uint32Array, band: number) => {
    let hash = mix32(band + 0x9e3779b9);
    for (let offset = band * rowsPerBand, end = offset + rowsPerBand; offset < end; offset++) {
      hash = mix32(Math.imul(hash, 0x01000193) ^ (signature[offset] ?? 0));
    }
    return hash;
  };
  const slotOf = (key: number) => {
    const mask = capacity - 1;
    let slot = key & mask;
    while (heads[slot] !== -1 && keys[slot] !== key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  };
  const grow = () => {
    const oldKeys = keys;
    const oldHeads = heads;
    capacity *= 2;
    keys = new Uint32Array(capacity);
    heads = new Int32Array(capacity).fill(-1);
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const head = oldHeads[slot] ?? -1;
      if (head !== -1) {
        const target = slotOf(oldKeys[slot] ?? 0);
        keys[target] = oldKeys[slot] ?? 0;
        heads[target] = head;
      }
    }
  };

  return {
    add(row, signature) {
      if ((row + 1) * bands > next.length) {
        const bigger = new Int32Array(Math.max(next.length * 2, (row + 1) * bands));
        bigger.set(next);
        next = bigger;
        const biggerSeen = new Uint32Array(bigger.length / bands + 1);
        biggerSeen.set(seen);
        seen = biggerSeen;
        const biggerShared = new Uint8Array(biggerSeen.length);
        biggerShared.set(shared);
        shared = biggerShared;
      }
      for (let band = 0; band < bands; band++) {
        if ((used + 1) * 2 > capacity) {
          grow();
        }
        const key = bandKey(signature, band);
        const slot = slotOf(key);
        if (heads[slot] === -1) {
          used++;
          keys[slot] = key;
        }
        next[row * bands + band] = heads[slot] ?? -1;
        heads[slot] = row;
      }
    },
    someCandidate(signature, minShared, visit) {
      stamp = (stamp + 1) >>> 0 || 1;
      const found: number[] = [];
      for (let band = 0; band < bands; band++) {
        let row = heads[slotOf(bandKey(signature, band))] ?? -1;
        for (let walked = 0; row !== -1 && walked < maxChain; walked++) {
          let count = 1;
          if (seen[row] === stamp) {
            count = (shared[row] ?? 0) + 1;
          } else {
            seen[row] = stamp;
          }
          shared[row] = Math.min(count, 255);
          if (count === minShared) {
            found.push(row);
          }
          row = next[row * bands + band] ?? -1;
        }
      }
      return found.some(visit);
    },
    get byteLength() {
      return keys.byteLength + heads.byteLength + next.byteLength + seen.byteLength + shared.byteLength;
    },
  };
}
