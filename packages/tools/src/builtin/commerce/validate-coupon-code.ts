import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { coupons } from "./data/coupons.js";
import { productCategories } from "./data/products.js";

interface Args {
  code: string;
  order_subtotal: number;
  order_date: string;
  category?: string;
  shipping_fee?: number;
}

/** Whether a promotion code applies to an order, and how much it saves. */
export const validateCouponCode = defineTool<Args>({
  name: "validate_coupon_code",
  description:
    "Check a store promotion code against an order (subtotal, date, product category) and compute the discount. Returns whether it applies, the reason when it does not (unknown, not yet valid, expired, below minimum, wrong category), the discount in USD and the new subtotal.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      code: {
        type: "string",
        pattern: "^[A-Za-z0-9]{3,20}$",
        description: "Promotion code, case-insensitive, e.g. 'SAVE20'.",
      },
      order_subtotal: { type: "number", minimum: 0, description: "Order subtotal in USD before the coupon." },
      order_date: { type: "string", format: "date", description: "Date of the order (YYYY-MM-DD)." },
      category: {
        type: "string",
        enum: productCategories,
        description: "Category of the goods, for category-restricted codes; omit for a mixed cart.",
      },
      shipping_fee: {
        type: "number",
        minimum: 0,
        default: 5.99,
        description: "Shipping fee a free-shipping code waives.",
      },
    },
    required: ["code", "order_subtotal", "order_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      code: { type: "string" },
      valid: { type: "boolean" },
      reason: {
        type: ["string", "null"],
        enum: [null, "unknown_code", "not_yet_valid", "expired", "below_minimum", "wrong_category"],
      },
      description: { type: ["string", "null"] },
      discount: { type: "number", minimum: 0 },
      new_subtotal: { type: "number", minimum: 0 },
    },
    required: ["code", "valid", "reason", "description", "discount", "new_subtotal"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "8 promotion codes of a fictional store (e.g. WELCOME10, SAVE20, FREESHIP, SUMMER25) valid between 2024 and 2026.",
  },
  examples: [
    {
      arguments: { code: "save20", order_subtotal: 135.5, order_date: "2024-10-02" },
      result: {
        code: "SAVE20",
        valid: true,
        reason: null,
        description: "$20 off orders of $100 or more",
        discount: 20,
        new_subtotal: 115.5,
      },
    },
    {
      arguments: { code: "SUMMER25", order_subtotal: 80, order_date: "2024-09-15", category: "sports" },
      result: {
        code: "SUMMER25",
        valid: false,
        reason: "expired",
        description: "25% off sports and clothing, summer 2024",
        discount: 0,
        new_subtotal: 80,
      },
    },
    {
      arguments: { code: "FREESHIP", order_subtotal: 40, order_date: "2025-02-01", shipping_fee: 7.5 },
      result: {
        code: "FREESHIP",
        valid: true,
        reason: null,
        description: "Free standard shipping on orders of $35 or more",
        discount: 7.5,
        new_subtotal: 40,
      },
    },
    {
      arguments: { code: "HALFOFF", order_subtotal: 40, order_date: "2025-02-01" },
      result: {
        code: "HALFOFF",
        valid: false,
        reason: "unknown_code",
        description: null,
        discount: 0,
        new_subtotal: 40,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { code: "SAVE-20", order_subtotal: 50, order_date: "2024-10-02" },
      error: "$.code must match pattern",
    },
    {
      arguments: { code: "SAVE20", order_subtotal: 50, order_date: "02/10/2024" },
      error: '$.order_date must match format "date"',
    },
  ],
  run: ({ code, order_subtotal, order_date, category, shipping_fee = 5.99 }) => {
    const upper = code.toUpperCase();
    const coupon = coupons.find((entry) => entry.code === upper);
    const reject = (reason: string) => ({
      code: upper,
      valid: false,
      reason,
      description: coupon?.description ?? null,
      discount: 0,
      new_subtotal: order_subtotal,
    });
    if (coupon === undefined) {
      return reject("unknown_code");
    }
    if (order_date < coupon.valid_from) {
      return reject("not_yet_valid");
    }
    if (order_date > coupon.valid_until) {
      return reject("expired");
    }
    if (order_subtotal < coupon.min_subtotal) {
      return reject("below_minimum");
    }
    if (coupon.categories !== null && (category === undefined || !coupon.categories.includes(category))) {
      return reject("wrong_category");
    }
    const discount =
      coupon.kind === "percent"
        ? Math.round(order_subtotal * coupon.value) / 100
        : coupon.kind === "fixed"
          ? Math.min(coupon.value, order_subtotal)
          : shipping_fee;
    return {
      code: upper,
      valid: true,
      reason: null,
      description: coupon.description,
      discount,
      new_subtotal: coupon.kind === "free_shipping" ? order_subtotal : roundTo(order_subtotal - discount, 2),
    };
  },
});
