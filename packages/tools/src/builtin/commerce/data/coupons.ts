/** The fictional store's promotion codes. */
export interface Coupon {
  code: string;
  kind: "percent" | "fixed" | "free_shipping";
  value: number;
  min_subtotal: number;
  valid_from: string;
  valid_until: string;
  categories: string[] | null;
  description: string;
}

export const coupons: readonly Coupon[] = [
  {
    code: "WELCOME10",
    kind: "percent",
    value: 10,
    min_subtotal: 0,
    valid_from: "2024-01-01",
    valid_until: "2026-12-31",
    categories: null,
    description: "10% off your first order",
  },
  {
    code: "SAVE20",
    kind: "fixed",
    value: 20,
    min_subtotal: 100,
    valid_from: "2024-01-01",
    valid_until: "2026-12-31",
    categories: null,
    description: "$20 off orders of $100 or more",
  },
  {
    code: "FREESHIP",
    kind: "free_shipping",
    value: 0,
    min_subtotal: 35,
    valid_from: "2024-01-01",
    valid_until: "2026-12-31",
    categories: null,
    description: "Free standard shipping on orders of $35 or more",
  },
  {
    code: "SUMMER25",
    kind: "percent",
    value: 25,
    min_subtotal: 50,
    valid_from: "2024-06-01",
    valid_until: "2024-08-31",
    categories: ["sports", "clothing"],
    description: "25% off sports and clothing, summer 2024",
  },
  {
    code: "BLACKFRIDAY",
    kind: "percent",
    value: 30,
    min_subtotal: 0,
    valid_from: "2024-11-29",
    valid_until: "2024-12-02",
    categories: null,
    description: "30% off everything, Black Friday weekend 2024",
  },
  {
    code: "TECH15",
    kind: "percent",
    value: 15,
    min_subtotal: 150,
    valid_from: "2024-03-01",
    valid_until: "2025-02-28",
    categories: ["electronics"],
    description: "15% off electronics over $150",
  },
  {
    code: "KITCHEN5",
    kind: "fixed",
    value: 5,
    min_subtotal: 30,
    valid_from: "2024-01-01",
    valid_until: "2025-12-31",
    categories: ["kitchen"],
    description: "$5 off kitchen orders of $30 or more",
  },
  {
    code: "BOOKWORM",
    kind: "percent",
    value: 20,
    min_subtotal: 0,
    valid_from: "2024-09-01",
    valid_until: "2025-06-30",
    categories: ["books"],
    description: "20% off books",
  },
];
