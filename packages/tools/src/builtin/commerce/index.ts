import type { BuiltinTool } from "../define-tool.js";
import { calculateCartTotal } from "./calculate-cart-total.js";
import { calculateDiscountPrice } from "./calculate-discount-price.js";
import { calculateProfitMargin } from "./calculate-profit-margin.js";
import { calculateUsSalesTax } from "./calculate-us-sales-tax.js";
import { compareUnitPrices } from "./compare-unit-prices.js";
import { estimateShippingCost } from "./estimate-shipping-cost.js";
import { getProductDetails } from "./get-product-details.js";
import { searchProducts } from "./search-products.js";
import { trackPackage } from "./track-package.js";
import { validateCouponCode } from "./validate-coupon-code.js";

/** Built-in tools of the Commerce category. */
export const commerceTools: readonly BuiltinTool[] = [
  searchProducts,
  getProductDetails,
  trackPackage,
  validateCouponCode,
  calculateCartTotal,
  calculateDiscountPrice,
  calculateProfitMargin,
  calculateUsSalesTax,
  compareUnitPrices,
  estimateShippingCost,
];
