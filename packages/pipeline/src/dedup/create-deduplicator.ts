import { normalizeQuery, type ToolCall } from "@apigen/core";
import { createBandIndex } from "./band-index.js";
import { exactKey } from "./exact-key.js";
import { createMinHasher } from "./min-hash.js";
import { shingleHashes } from "./shingle-hashes.js";

/** What dedup looks at in a row: the query, the names of the tools offered, and the calls. */
export interface DedupRow {
  query: string;
  tools: readonly string[];
  answers: readonly ToolCall[];
}

/** The answer of {@link Deduplicator.check}; `of` is the id of the row already kept. */
export type DedupVerdict =
  | { duplicate: false }
  | { duplicate: true; reason: "exact_duplicate" | "near_duplicate_query"; of: string };

/** Remembers kept rows and says whether a new one repeats one of them. */
export interface Deduplicator {
  /** Whether `row` is an exact duplicate or a near-duplicate query of a row added before. */
  check(row: DedupRow): DedupVerdict;
  /** Remembers a kept row under `id`. */
  add(row: DedupRow, id: string): void;
}

/** The {@link Deduplicator} of {@link createDeduplicator}, which can also tell its size. */
export interface MinHashDeduplicator extends Deduplicator {
  /** Rows added. */
  readonly size: number;
  /** Bytes held by the signatures and the index (ids and the exact-key map not included). */
  readonly byteLength: number;
}

/** Options of {@link createDeduplicator}. */
export interface CreateDeduplicatorOptions {
  /** Estimated Jaccard similarity of two queries' shingles from which they are near duplicates. @default 0.85 */
  threshold?: number;
  /** MinHash functions per signature. @default 128 */
  numHashes?: number;
  /** LSH bands; `numHashes` must be a multiple. @default 32 */
  bands?: number;
  /** Seeds the MinHash family. @default 0 */
  seed?: number;
}

interface Prepared {
  row: DedupRow;
  key: number;
  signature: Uint32Array | undefined;
}

/**
 * Exact and near-duplicate detection for accepted rows, in memory, with no dependency. Exact: same sorted
 * tool names, same normalised query, same calls in canonical JSON. Near: MinHash signatures of the normalised
 * query's shingles (word 3-shingles, or character 5-grams for queries under six words), LSH banding to find
 * candidates, then the estimated Jaccard similarity against `threshold`. Deterministic for a given `seed`.
 *
 * @example
 * const dedup = createDeduplicator({ threshold: 0.85 });
 * const verdict = dedup.check(row);
 * if (!verdict.duplicate) dedup.add(row, "000012.1");
 */
export function createDeduplicator({
  threshold = 0.85,
  numHashes = 128,
  bands = 32,
  seed = 0,
}: CreateDeduplicatorOptions = {}): MinHashDeduplicator {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new TypeError(`threshold must be in (0, 1], got ${threshold}`);
  }
  if (!Number.isInteger(numHashes) || !Number.isInteger(bands) || bands < 1 || numHashes % bands !== 0) {
    throw new TypeError(`numHashes (${numHashes}) must be a whole multiple of bands (${bands})`);
  }
  const hasher = createMinHasher({ numHashes, seed });
  const index = createBandIndex({ bands, rowsPerBand: numHashes / bands });
  const exact = new Map<number, number>();
  const ids: string[] = [];
  let signatures = new Uint32Array(1024 * numHashes);
  const needed = Math.ceil(threshold * numHashes - 1e-9);
  let last: Prepared | undefined;

  const prepare = (row: DedupRow): Prepared => {
    if (last?.row === row) {
      return last;
    }
    const shingles = shingleHashes(normalizeQuery(row.query));
    last = {
      row,
      key: exactKey(row),
      signature: shingles.length === 0 ? undefined : hasher.signature(shingles),
    };
    return last;
  };
  const allowedMisses = numHashes - needed;
  // A pair at the threshold agrees on a band with probability threshold^rows; ask candidates for a quarter of
  // the bands such a pair shares on average (at 0.85: 4 of 32, missed with odds under one in a million).
  const minShared = Math.max(1, Math.floor((bands * threshold ** (numHashes / bands)) / 4));
  /** Whether `row`'s signature agrees with `signature` in at least `needed` places; stops at the first excess miss. */
  const similar = (signature: Uint32Array, row: number) => {
    let misses = 0;
    for (let offset = row * numHashes, position = 0; position < numHashes; position++, offset++) {
      if (signatures[offset] !== signature[position] && ++misses > allowedMisses) {
        return false;
      }
    }
    return true;
  };

  return {
    check(row) {
      const { key, signature } = prepare(row);
      const copy = exact.get(key);
      if (copy !== undefined) {
        return { duplicate: true, reason: "exact_duplicate", of: ids[copy] ?? "" };
      }
      if (signature === undefined) {
        return { duplicate: false };
      }
      let found = -1;
      index.someCandidate(signature, minShared, (candidate) => {
        if (similar(signature, candidate)) {
          found = candidate;
          return true;
        }
        return false;
      });
      return found === -1
        ? { duplicate: false }
        : { duplicate: true, reason: "near_duplicate_query", of: ids[found] ?? "" };
    },
    add(row, id) {
      const { key, signature } = prepare(row);
      const position = ids.length;
      ids.push(id);
      if (!exact.has(key)) {
        exact.set(key, position);
      }
      if ((position + 1) * numHashes > signatures.length) {
        const bigger = new Uint32Array(signatures.length * 2);
        bigger.set(signatures);
        signatures = bigger;
      }
      if (signature !== undefined) {
        signatures.set(signature, position * numHashes);
        index.add(position, signature);
      }
    },
    get size() {
      return ids.length;
    },
    get byteLength() {
      return signatures.byteLength + index.byteLength;
    },
  };
}
