import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Price of a plain fixed-coupon bond from its yield to maturity. */
export const calculateBondPrice = defineTool<{
  face_value: number;
  coupon_rate: number;
  yield_to_maturity: number;
  years_to_maturity: number;
  payments_per_year?: 1 | 2 | 4 | 12;
}>({
  name: "calculate_bond_price",
  description:
    "Calculate the fair price of a fixed-coupon bond by discounting its coupons and face value at the yield to maturity, on a coupon date. Returns the price, the coupon per period and whether it trades at a premium, at par or at a discount; amounts rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      face_value: {
        type: "number",
        exclusiveMinimum: 0,
        default: 1000,
        description: "Par value repaid at maturity, e.g. 1000.",
      },
      coupon_rate: {
        type: "number",
        minimum: 0,
        maximum: 50,
        description: "Annual coupon rate in percent of face value.",
      },
      yield_to_maturity: {
        type: "number",
        minimum: 0,
        maximum: 50,
        description: "Annual yield to maturity in percent.",
      },
      years_to_maturity: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        description: "Whole years until maturity.",
      },
      payments_per_year: {
        type: "integer",
        enum: [1, 2, 4, 12],
        default: 2,
        description: "Coupon payments per year (2 = semi-annual).",
      },
    },
    required: ["face_value", "coupon_rate", "yield_to_maturity", "years_to_maturity"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      price: { type: "number" },
      coupon_payment: { type: "number" },
      trades_at: { type: "string", enum: ["premium", "par", "discount"] },
    },
    required: ["price", "coupon_payment", "trades_at"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { face_value: 1000, coupon_rate: 5, yield_to_maturity: 5, years_to_maturity: 10 },
      result: { price: 1000, coupon_payment: 25, trades_at: "par" },
    },
    {
      arguments: {
        face_value: 1000,
        coupon_rate: 6,
        yield_to_maturity: 8,
        years_to_maturity: 5,
        payments_per_year: 1,
      },
      result: { price: 920.15, coupon_payment: 60, trades_at: "discount" },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        face_value: 1000,
        coupon_rate: 5,
        yield_to_maturity: 5,
        years_to_maturity: 10,
        payments_per_year: 3,
      },
      error: "$.payments_per_year must be one of [1,2,4,12]",
    },
    {
      arguments: { face_value: 1000, coupon_rate: 5, yield_to_maturity: 5, years_to_maturity: 2.5 },
      error: "$.years_to_maturity must be integer",
    },
  ],
  run: ({ face_value, coupon_rate, yield_to_maturity, years_to_maturity, payments_per_year = 2 }) => {
    const coupon = (face_value * coupon_rate) / 100 / payments_per_year;
    const rate = yield_to_maturity / 100 / payments_per_year;
    const periods = years_to_maturity * payments_per_year;
    const annuity = rate === 0 ? periods : (1 - (1 + rate) ** -periods) / rate;
    const price = roundTo(coupon * annuity + face_value / (1 + rate) ** periods, 2, {
      method: "half-away-from-zero",
    });
    const trades_at = price > face_value ? "premium" : price < face_value ? "discount" : "par";
    return { price, coupon_payment: roundTo(coupon, 2, { method: "half-away-from-zero" }), trades_at };
  },
});
