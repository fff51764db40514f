import type { JsonObject } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { daysBetween } from "../shared/days-between.js";
import { randomHex } from "../shared/random-hex.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  room_type: string | JsonObject;
  price?: number;
  check_in_date: string;
  check_out_date: string;
  customer_id: string;
  discount_code?: string;
}

const usDate = (description: string) => ({
  type: "string" as const,
  pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$",
  description,
});

const isoDate = (date: string) => `${date.slice(6)}-${date.slice(0, 2)}-${date.slice(3, 5)}`;

/** A simulated hotel room booking (BFCL's `book_room`). */
export const bookRoom = defineTool<Args>({
  name: "book_room",
  description:
    "Books a room for a customer between a check-in and a check-out date (MM-DD-YYYY). Returns the booking: its id, the room type, the number of nights and, when a nightly price is given, the total (10 % off with a discount code).",
  category: "Travel",
  simulated: {
    covers: "any booking request; booking ids are invented, deterministic for the same arguments and seed",
  },
  parameters: {
    type: "object",
    properties: {
      room_type: {
        anyOf: [{ type: "string", minLength: 1 }, { type: "object" }],
        description: "The room type to book: a name such as 'deluxe', or an object describing it.",
      },
      price: { type: "number", minimum: 0, description: "The price per night, if known." },
      check_in_date: usDate("The check-in date in format of MM-DD-YYYY."),
      check_out_date: usDate("The check-out date in format of MM-DD-YYYY."),
      customer_id: { type: "string", minLength: 1, description: "The customer ID." },
      discount_code: { type: "string", description: "The discount code (if any), worth 10 % off." },
    },
    required: ["room_type", "check_in_date", "check_out_date", "customer_id"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      booking_id: { type: "string" },
      customer_id: { type: "string" },
      room_type: {},
      check_in_date: { type: "string" },
      check_out_date: { type: "string" },
      nights: { type: "integer", minimum: 1 },
      total_price: { anyOf: [{ type: "number" }, { type: "null" }] },
      status: { type: "string", const: "booked" },
    },
    required: [
      "booking_id",
      "customer_id",
      "room_type",
      "check_in_date",
      "check_out_date",
      "nights",
      "total_price",
      "status",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        room_type: "deluxe",
        price: 1000,
        check_in_date: "08-11-2024",
        check_out_date: "08-15-2024",
        customer_id: "123",
      },
      result: {
        booking_id: "BK-A2FE63BB",
        customer_id: "123",
        room_type: "deluxe",
        check_in_date: "08-11-2024",
        check_out_date: "08-15-2024",
        nights: 4,
        total_price: 4000,
        status: "booked",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        room_type: "king",
        check_in_date: "08-15-2024",
        check_out_date: "08-11-2024",
        customer_id: "1",
      },
      error: "check_out_date must be after check_in_date",
    },
    {
      arguments: {
        room_type: "king",
        check_in_date: "2024-08-11",
        check_out_date: "08-15-2024",
        customer_id: "1",
      },
      error: "$.check_in_date must match pattern",
    },
  ],
  run: ({ room_type, price, check_in_date, check_out_date, customer_id, discount_code }, { random }) => {
    const nights = daysBetween(isoDate(check_in_date), isoDate(check_out_date));
    if (!(nights > 0)) {
      throw new ToolArgumentError({
        message: `check_out_date must be after check_in_date; got ${check_in_date} to ${check_out_date}`,
        argument: "check_out_date",
      });
    }
    const total = price === undefined ? null : price * nights * (discount_code === undefined ? 1 : 0.9);
    return {
      booking_id: `BK-${randomHex(random, 8).toUpperCase()}`,
      customer_id,
      room_type,
      check_in_date,
      check_out_date,
      nights,
      total_price: total === null ? null : roundTo(total, 2),
      status: "booked",
    };
  },
});
