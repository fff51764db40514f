/**
 * The product `from * (from - 1) * ... * (to + 1)` as a bigint: `n! / k!` for `from = n`, `to = k`.
 *
 * @example
 * bigFactorialRatio(5, 2); // 60n
 */
export function bigFactorialRatio(from: number, to: number): bigint {
  let product = 1n;
  for (let value = from; value > to; value -= 1) {
    product *= BigInt(value);
  }
  return product;
}
