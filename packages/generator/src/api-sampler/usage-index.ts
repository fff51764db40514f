import type { Random } from "@apigen/core";

/**
 * Tools of one group (a category, or its tools with a required parameter) bucketed by how often they have
 * been used, so the least-used ones are found in O(1) and a use is recorded in O(1).
 */
export class UsageIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly where = new Map<number, { count: number; slot: number }>();
  private lowest = 0;

  /** `ids` are the tools' positions in the sampler's list; `counts` their current use counts. */
  constructor(ids: readonly number[], counts: readonly number[]) {
    for (const id of ids) {
      this.insert(id, counts[id] ?? 0);
    }
    this.lowest = Math.min(...this.buckets.keys());
  }

  /** How many tools the group holds. */
  get size(): number {
    return this.where.size;
  }

  /** Whether `id` belongs to this group. */
  has(id: number): boolean {
    return this.where.has(id);
  }

  /** Moves `id` up one use. */
  increment(id: number): void {
    const place = this.where.get(id);
    if (place === undefined) {
      return;
    }
    this.remove(id, place);
    this.insert(id, place.count + 1);
    while (!this.buckets.has(this.lowest)) {
      this.lowest++;
    }
  }

  /**
   * Up to `count` tools, least used first, none of them in `exclude`; ties are broken by `random`. Expected
   * O(count + exclude.size) while the lowest buckets are large, as they are with thousands of tools.
   */
  leastUsed(count: number, exclude: ReadonlySet<number>, random: Random): number[] {
    const picked: number[] = [];
    let level = this.lowest;
    let seen = 0;
    while (picked.length < count && seen < this.where.size) {
      const bucket = this.buckets.get(level);
      level++;
      if (bucket === undefined) {
        continue;
      }
      seen += bucket.length;
      const need = count - picked.length;
      if (bucket.length <= 2 * (need + exclude.size) + 8) {
        const free = bucket.filter((id) => !exclude.has(id));
        picked.push(...(free.length <= need ? random.shuffle(free) : random.sample(free, need)));
        continue;
      }
      const taken = new Set<number>();
      while (taken.size < need) {
        const id = bucket[random.int(0, bucket.length - 1)] as number;
        if (!exclude.has(id) && !taken.has(id)) {
          taken.add(id);
          picked.push(id);
        }
      }
    }
    return picked;
  }

  private insert(id: number, count: number): void {
    let bucket = this.buckets.get(count);
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(count, bucket);
    }
    this.where.set(id, { count, slot: bucket.length });
    bucket.push(id);
  }

  private remove(id: number, { count, slot }: { count: number; slot: number }): void {
    const bucket = this.buckets.get(count) as number[];
    const last = bucket.pop() as number;
    if (last !== id) {
      bucket[slot] = last;
      this.where.set(last, { count, slot });
    }
    if (bucket.length === 0) {
      this.buckets.delete(count);
    }
  }
}
