/**
 * The fixed payment of an annuity: `principal` repaid over `periods` at `rate` per period.
 *
 * @example
 * annuityPayment(200000, 0.005, 360); // 1199.10… a month for a 30-year loan at 6% a year
 */
export function annuityPayment(principal: number, rate: number, periods: number): number {
  return rate === 0 ? principal / periods : (principal * rate) / (1 - (1 + rate) ** -periods);
}
