import { defineTool } from "../define-tool.js";

/** The total price of a room booking (BFCL's `calculate_total_price`). */
export const calculateTotalPrice = defineTool<{ room_price: number; nights: number; discount?: number }>({
  name: "calculate_total_price",
  description:
    "Calculates the total price of a room booking: room_price * nights, less the discount amount (if any), never below 0.",
  category: "Travel",
  parameters: {
    type: "object",
    properties: {
      room_price: { type: "number", minimum: 0, description: "The price per night of the room." },
      nights: { type: "integer", minimum: 1, description: "The number of nights for the booking." },
      discount: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "The discount amount (if any), in money.",
      },
    },
    required: ["room_price", "nights"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { room_price: 1000, nights: 4 }, result: 4000 },
    { arguments: { room_price: 120, nights: 3, discount: 60 }, result: 300 },
  ],
  invalidExamples: [
    { arguments: { room_price: 100, nights: 0 }, error: "$.nights must be >= 1" },
    { arguments: { room_price: -1, nights: 2 }, error: "$.room_price must be >= 0" },
  ],
  run: ({ room_price, nights, discount = 0 }) => Math.max(0, room_price * nights - discount),
});
