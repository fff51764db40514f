import type { BuiltinTool } from "../define-tool.js";
import { applyDiscount } from "./apply-discount.js";
import { calculateCartTotal } from "./calculate-cart-total.js";
import { calculateDiscountPrice } from "./calculate-discount-price.js";
import { calculateProfitMargin } from "./calculate-profit-margin.js";
import { calculateTotal } from "./calculate-total.js";
import { calculateUsSalesTax } from "./calculate-us-sales-tax.js";
import { compareUnitPrices } from "./compare-unit-prices.js";
import { estimateShippingCost } from "./estimate-shipping-cost.js";
import { getProductDetails } from "./get-product-details.js";
import { orderFood } from "./order-food.js";
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
  // BFCL's executable functions, under their BFCL names and parameters
  orderFood,
  calculateTotal,
  applyDiscount,
];
