import { normalizeQuery } from "@apigen/core";

/** A text to compare: a generated row's query, or a benchmark question. */
export interface TextItem {
  id: string;
  text: string;
}

/** A generated row that repeats a benchmark question, exactly (after normalising) or nearly. */
export interface ContaminationMatch {
  rowId: string;
  referenceId: string;
  kind: "exact" | "near";
  /** Jaccard similarity of the two texts' word trigram sets, 1 for an exact match. */
  similarity: number;
}

/** Options of {@link findContamination}. */
export interface FindContaminationOptions {
  /** The benchmark questions to protect. */
  references: Iterable<TextItem>;
  /** The generated rows, streamed. */
  rows: AsyncIterable<TextItem> | Iterable<TextItem>;
  /**
   * Word-trigram Jaccard similarity at or above which a row counts as a near duplicate.
   * @default 0.7
   */
  threshold?: number;
}

function shingles(normalized: string): Set<string> {
  const words = normalized.split(" ").filter((word) => word !== "");
  if (words.length < 3) {
    return new Set(words.length === 0 ? [] : [words.join(" ")]);
  }
  const result = new Set<string>();
  for (let index = 0; index + 3 <= words.length; index++) {
    result.add(words.slice(index, index + 3).join(" "));
  }
  return result;
}

/**
 * Reports generated rows that are exact or near duplicates of benchmark questions, so a data set can be cleaned
 * before training on it. Exact means equal after core's `normalizeQuery`; near means a word-trigram Jaccard
 * similarity at or above the threshold, found through an inverted index (each row is compared only with the
 * references that share a trigram with it), so large data sets stream through in linear time. Each row is
 * reported once, with its most similar reference.
 */
export async function* findContamination({
  references,
  rows,
  threshold = 0.7,
}: FindContaminationOptions): AsyncGenerator<ContaminationMatch> {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new TypeError(`threshold must be in (0, 1], got ${threshold}`);
  }
  const exact = new Map<string, string>();
  const referenceShingles: Array<{ id: string; shingles: Set<string> }> = [];
  const index = new Map<string, number[]>();
  for (const reference of references) {
    const normalized = normalizeQuery(reference.text);
    if (!exact.has(normalized)) {
      exact.set(normalized, reference.id);
    }
    const own = shingles(normalized);
    const position = referenceShingles.push({ id: reference.id, shingles: own }) - 1;
    for (const shingle of own) {
      const postings = index.get(shingle);
      if (postings === undefined) {
        index.set(shingle, [position]);
      } else {
        postings.push(position);
      }
    }
  }
  for await (const row of rows) {
    const normalized = normalizeQuery(row.text);
    const exactId = exact.get(normalized);
    if (exactId !== undefined) {
      yield { rowId: row.id, referenceId: exactId, kind: "exact", similarity: 1 };
      continue;
    }
    const own = shingles(normalized);
    const shared = new Map<number, number>();
    for (const shingle of own) {
      for (const position of index.get(shingle) ?? []) {
        shared.set(position, (shared.get(position) ?? 0) + 1);
      }
    }
    let best: ContaminationMatch | undefined;
    for (const [position, overlap] of shared) {
      const reference = referenceShingles[position] as { id: string; shingles: Set<string> };
      const similarity = overlap / (own.size + reference.shingles.size - overlap);
      if (similarity >= threshold && (best === undefined || similarity > best.similarity)) {
        best = { rowId: row.id, referenceId: reference.id, kind: "near", similarity };
      }
    }
    if (best !== undefined) {
      yield best;
    }
  }
}
