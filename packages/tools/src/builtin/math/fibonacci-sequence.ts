/**
 * The first `count` Fibonacci numbers, starting 0, 1 (empty for 0).
 *
 * @example
 * fibonacciSequence(6); // [0, 1, 1, 2, 3, 5]
 */
export function fibonacciSequence(count: number): number[] {
  const sequence: number[] = [];
  let [a, b] = [0, 1];
  for (let i = 0; i < count; i += 1) {
    sequence.push(a);
    [a, b] = [b, a + b];
  }
  return sequence;
}
