/**
 * The first item whose key an earlier item already had, or `undefined` when all keys differ.
 *
 * @example
 * findDuplicate(["a", "b", "A"], (name) => name.toLowerCase()); // "A"
 * findDuplicate([1, 2, 3]); // undefined
 */
export function findDuplicate<T>(
  items: readonly T[],
  key: (item: T) => unknown = (item) => item,
): T | undefined {
  const seen = new Set<unknown>();
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) {
      return item;
    }
    seen.add(value);
  }
  return undefined;
}
