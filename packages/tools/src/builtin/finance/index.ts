import type { BuiltinTool } from "../define-tool.js";
import { adjustForInflation } from "./adjust-for-inflation.js";
import { buildAmortizationSchedule } from "./build-amortization-schedule.js";
import { calculateBondPrice } from "./calculate-bond-price.js";
import { calculateBreakEvenPoint } from "./calculate-break-even-point.js";
import { calculateCagr } from "./calculate-cagr.js";
import { calculateCompoundInterest } from "./calculate-compound-interest.js";
import { calculateDepreciationSchedule } from "./calculate-depreciation-schedule.js";
import { calculateFutureValue } from "./calculate-future-value.js";
import { calculateInterestRate } from "./calculate-interest-rate.js";
import { calculateInternalRateOfReturn } from "./calculate-internal-rate-of-return.js";
import { calculateInvestmentValue } from "./calculate-investment-value.js";
import { calculateLoanPayment } from "./calculate-loan-payment.js";
import { calculateMortgageAffordability } from "./calculate-mortgage-affordability.js";
import { calculateNetPresentValue } from "./calculate-net-present-value.js";
import { calculateProgressiveTax } from "./calculate-progressive-tax.js";
import { calculateReturnOnInvestment } from "./calculate-return-on-investment.js";
import { compoundInterest } from "./compound-interest.js";
import { convertCurrency } from "./convert-currency.js";
import { getCompanyNameByStockName } from "./get-company-name-by-stock-name.js";
import { getStockHistory } from "./get-stock-history.js";
import { getStockPriceByStockName } from "./get-stock-price-by-stock-name.js";
import { getStockPriceHistory } from "./get-stock-price-history.js";
import { getStockQuote } from "./get-stock-quote.js";
import { inflationAdjustment } from "./inflation-adjustment.js";
import { mortgageCalculator } from "./mortgage-calculator.js";

/** Built-in tools of the Finance category. */
export const financeTools: readonly BuiltinTool[] = [
  getStockQuote,
  getStockPriceHistory,
  convertCurrency,
  calculateLoanPayment,
  buildAmortizationSchedule,
  calculateCompoundInterest,
  calculateNetPresentValue,
  calculateInternalRateOfReturn,
  calculateCagr,
  calculateReturnOnInvestment,
  calculateBreakEvenPoint,
  calculateProgressiveTax,
  calculateMortgageAffordability,
  calculateDepreciationSchedule,
  calculateBondPrice,
  // BFCL's executable functions, under their BFCL names and parameters
  getStockPriceByStockName,
  getCompanyNameByStockName,
  getStockHistory,
  mortgageCalculator,
  calculateFutureValue,
  calculateInvestmentValue,
  compoundInterest,
  inflationAdjustment,
  adjustForInflation,
  calculateInterestRate,
];
