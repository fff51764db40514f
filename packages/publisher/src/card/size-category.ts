const bounds: Array<[number, string]> = [
  [1_000, "n<1K"],
  [10_000, "1K<n<10K"],
  [100_000, "10K<n<100K"],
  [1_000_000, "100K<n<1M"],
  [10_000_000, "1M<n<10M"],
  [100_000_000, "10M<n<100M"],
  [1_000_000_000, "100M<n<1B"],
];

/** The Hub's `size_categories` value for a number of rows, e.g. `1K<n<10K`. */
export function sizeCategory(rows: number): string {
  return bounds.find(([limit]) => rows < limit)?.[1] ?? "n>1T";
}
