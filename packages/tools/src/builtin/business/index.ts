import type { BuiltinTool } from "../define-tool.js";
import { addBusinessDays } from "./add-business-days.js";
import { analyzeIncomeStatement } from "./analyze-income-statement.js";
import { calculateCustomerChurnRate } from "./calculate-customer-churn-rate.js";
import { calculateCustomerLifetimeValue } from "./calculate-customer-lifetime-value.js";
import { calculateEconomicOrderQuantity } from "./calculate-economic-order-quantity.js";
import { calculateEmployeeCost } from "./calculate-employee-cost.js";
import { calculateInvoiceTotal } from "./calculate-invoice-total.js";
import { calculateSalesCommission } from "./calculate-sales-commission.js";
import { estimateMeetingCost } from "./estimate-meeting-cost.js";
import { lookupCompanyProfile } from "./lookup-company-profile.js";

/** Built-in tools of the Business category. */
export const businessTools: readonly BuiltinTool[] = [
  lookupCompanyProfile,
  analyzeIncomeStatement,
  calculateCustomerLifetimeValue,
  calculateCustomerChurnRate,
  calculateEconomicOrderQuantity,
  calculateInvoiceTotal,
  calculateSalesCommission,
  estimateMeetingCost,
  calculateEmployeeCost,
  addBusinessDays,
];
