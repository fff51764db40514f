import { defineTool } from "../define-tool.js";
import { randomHex } from "../shared/random-hex.js";

/** A simulated booking confirmation (BFCL's `confirm_booking`). */
export const confirmBooking = defineTool<{ customer_id: string; room_number: string; total_price: number }>({
  name: "confirm_booking",
  description:
    "Confirms a room booking and sends a confirmation to the customer. Returns the confirmation number and what was confirmed.",
  category: "Travel",
  simulated: {
    covers: "any booking; confirmation numbers are invented, deterministic for the same arguments and seed",
  },
  parameters: {
    type: "object",
    properties: {
      customer_id: { type: "string", minLength: 1, description: "The customer ID." },
      room_number: { type: "string", minLength: 1, description: "The room number assigned to the booking." },
      total_price: { type: "number", minimum: 0, description: "The total price for the booking." },
    },
    required: ["customer_id", "room_number", "total_price"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      confirmation_number: { type: "string" },
      customer_id: { type: "string" },
      room_number: { type: "string" },
      total_price: { type: "number" },
      status: { type: "string", const: "confirmed" },
    },
    required: ["confirmation_number", "customer_id", "room_number", "total_price", "status"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { customer_id: "123", room_number: "405", total_price: 4000 },
      result: {
        confirmation_number: "3A28403B7C",
        customer_id: "123",
        room_number: "405",
        total_price: 4000,
        status: "confirmed",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { customer_id: "123", room_number: 405, total_price: 4000 },
      error: "$.room_number must be string",
    },
    {
      arguments: { customer_id: "123", room_number: "405", total_price: -1 },
      error: "$.total_price must be >= 0",
    },
  ],
  run: ({ customer_id, room_number, total_price }, { random }) => ({
    confirmation_number: randomHex(random, 10).toUpperCase(),
    customer_id,
    room_number,
    total_price,
    status: "confirmed",
  }),
});
