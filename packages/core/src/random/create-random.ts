/** What a random stream is started from: a seed, or a state saved with {@link Random.state}. */
export type RandomSeed =
  | number
  | string
  | { state: readonly [number, number, number, number]; seed: number | string };

/**
 * A seeded, reproducible stream of random numbers (xoshiro128**). Everything apigen samples (tools, few-shot
 * examples, prompt templates, counts) draws from one of these, so a run with the same seed samples the same.
 */
export interface Random {
  /** A float in [0, 1) with 53 bits of randomness. */
  next(): number;
  /** An integer in [min, max], both included, without modulo bias. */
  int(min: number, max: number): number;
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy (Fisher-Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements in random order; throws when there are fewer. */
  sample<T>(items: readonly T[], count: number): T[];
  /**
   * An independent stream derived from this one's seed and a label. It does not depend on how much this stream
   * has been used, so `fork(i)` gives the i-th worker the same numbers however work was interleaved.
   */
  fork(label: number | string): Random;
  /** The current position, to save and resume with `createRandom({ state, seed })`. */
  state(): { state: [number, number, number, number]; seed: number | string };
}

/**
 * Starts a seeded random stream.
 *
 * @example
 * const random = createRandom(42);
 * random.int(1, 6); // the same number on every run
 * const resumed = createRandom(random.state()); // continues where `random` is
 */
export function createRandom(seed: RandomSeed): Random {
  if (typeof seed === "object") {
    if (seed.state.length !== 4 || seed.state.every((word) => word === 0)) {
      throw new TypeError(
        "A random state is four 32-bit words, not all zero: pass what Random.state() returned",
      );
    }
    return new Xoshiro128([...seed.state] as [number, number, number, number], seed.seed);
  }
  if (typeof seed === "number" && !Number.isFinite(seed)) {
    throw new TypeError(`A random seed must be a finite number or a string, got ${seed}`);
  }
  return new Xoshiro128(seedWords(String(seed)), seed);
}

class Xoshiro128 implements Random {
  constructor(
    private readonly words: [number, number, number, number],
    private readonly seed: number | string,
  ) {}

  private nextWord(): number {
    const [a, b, c, d] = this.words;
    const result = Math.imul(rotateLeft(Math.imul(b, 5), 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    let c2 = (c ^ a) >>> 0;
    let d2 = (d ^ b) >>> 0;
    const b2 = (b ^ c2) >>> 0;
    const a2 = (a ^ d2) >>> 0;
    c2 = (c2 ^ t) >>> 0;
    d2 = rotateLeft(d2, 11);
    this.words[0] = a2;
    this.words[1] = b2;
    this.words[2] = c2;
    this.words[3] = d2;
    return result;
  }

  next(): number {
    const high = this.nextWord() >>> 5;
    const low = this.nextWord() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new TypeError(`int(min, max) needs integers with min <= max, got ${min} and ${max}`);
    }
    const span = max - min + 1;
    if (span <= 0x100000000) {
      const limit = 0x100000000 - (0x100000000 % span);
      for (;;) {
        const word = this.nextWord();
        if (word < limit) {
          return min + (word % span);
        }
      }
    }
    return min + Math.floor(this.next() * span);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new TypeError("Cannot pick from an empty list");
    }
    return items[this.int(0, items.length - 1)] as T;
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length !== weights.length || items.length === 0) {
      throw new TypeError("weighted() needs as many weights as items, and at least one item");
    }
    const total = weights.reduce((sum, weight) => {
      if (!(weight >= 0) || !Number.isFinite(weight)) {
        throw new TypeError(`Weights must be finite and non-negative, got ${weight}`);
      }
      return sum + weight;
    }, 0);
    if (total === 0) {
      throw new TypeError("At least one weight must be positive");
    }
    let target = this.next() * total;
    for (let index = 0; index < items.length; index++) {
      target -= weights[index] as number;
      if (target < 0) {
        return items[index] as T;
      }
    }
    const last = weights.findLastIndex((weight) => weight > 0);
    return items[last] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = this.int(0, index);
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    if (!Number.isInteger(count) || count < 0 || count > items.length) {
      throw new TypeError(`Cannot sample ${count} distinct items from ${items.length}`);
    }
    const copy = [...items];
    for (let index = 0; index < count; index++) {
      const other = this.int(index, copy.length - 1);
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy.slice(0, count);
  }

  fork(label: number | string): Random {
    const seed = `${String(this.seed)}\u0000${String(label)}`;
    return new Xoshiro128(seedWords(seed), seed);
  }

  state(): { state: [number, number, number, number]; seed: number | string } {
    return { state: [...this.words], seed: this.seed };
  }
}

function rotateLeft(value: number, shift: number): number {
  return ((value << shift) | (value >>> (32 - shift))) >>> 0;
}

/** Hashes the seed text (FNV-1a) and expands it with splitmix32 into four non-zero state words. */
function seedWords(text: string): [number, number, number, number] {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  const words: number[] = [];
  let state = hash;
  while (words.length < 4) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    words.push((z ^ (z >>> 16)) >>> 0);
  }
  if (words.reduce((all, word) => all | word, 0) === 0) {
    words[0] = 1;
  }
  return words as [number, number, number, number];
}
