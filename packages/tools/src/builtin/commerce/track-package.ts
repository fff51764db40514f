import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { addDays } from "../shared/add-days.js";

const formats: Record<string, { pattern: RegExp; example: string }> = {
  ups: { pattern: /^1Z[0-9A-Z]{16}$/, example: "1Z999AA10123456784" },
  fedex: { pattern: /^([0-9]{12}|[0-9]{15})$/, example: "123456789012" },
  usps: { pattern: /^[0-9]{20,22}$/, example: "9400111899223197428490" },
  dhl: { pattern: /^[0-9]{10}$/, example: "1234567890" },
};
const hubs = [
  "Memphis, TN",
  "Louisville, KY",
  "Indianapolis, IN",
  "Dallas, TX",
  "Ontario, CA",
  "Chicago, IL",
  "Newark, NJ",
  "Atlanta, GA",
];
const steps = [
  "Label created",
  "Picked up",
  "Departed facility",
  "Arrived at facility",
  "Out for delivery",
  "Delivered",
];

/** Tracking events of a parcel. */
export const trackPackage = defineTool<{ carrier: string; tracking_number: string; ship_date: string }>({
  name: "track_package",
  description:
    "Track a parcel by carrier and tracking number (the number's format is checked per carrier). Returns the current status, the estimated or actual delivery date and the scan events from newest to oldest, each with a date, location and description.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      carrier: {
        type: "string",
        enum: Object.keys(formats),
        description: "Carrier that issued the tracking number.",
      },
      tracking_number: {
        type: "string",
        minLength: 10,
        maxLength: 22,
        description: "Tracking number, e.g. '1Z999AA10123456784' for UPS.",
      },
      ship_date: { type: "string", format: "date", description: "Date the label was created (YYYY-MM-DD)." },
    },
    required: ["carrier", "tracking_number", "ship_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      carrier: { type: "string" },
      tracking_number: { type: "string" },
      status: { type: "string", enum: ["label_created", "in_transit", "out_for_delivery", "delivered"] },
      estimated_delivery: { type: "string", format: "date" },
      events: {
        type: "array",
        items: {
          type: "object",
          properties: {
            date: { type: "string", format: "date" },
            location: { type: "string" },
            description: { type: "string" },
          },
          required: ["date", "location", "description"],
          additionalProperties: false,
        },
      },
    },
    required: ["carrier", "tracking_number", "status", "estimated_delivery", "events"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "UPS, FedEx, USPS and DHL number formats; shipment progress and scan locations (8 US hubs) are synthesised, deterministic for the same arguments and seed.",
  },
  examples: [
    {
      arguments: { carrier: "ups", tracking_number: "1Z999AA10123456784", ship_date: "2024-05-06" },
      result: {
        carrier: "ups",
        tracking_number: "1Z999AA10123456784",
        status: "delivered",
        estimated_delivery: "2024-05-08",
        events: [
          { date: "2024-05-08", location: "Ontario, CA", description: "Delivered" },
          { date: "2024-05-08", location: "Ontario, CA", description: "Out for delivery" },
          { date: "2024-05-08", location: "Newark, NJ", description: "Arrived at facility" },
          { date: "2024-05-07", location: "Dallas, TX", description: "Departed facility" },
          { date: "2024-05-07", location: "Dallas, TX", description: "Picked up" },
          { date: "2024-05-06", location: "Dallas, TX", description: "Label created" },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { carrier: "fedex", tracking_number: "1Z999AA10123456784", ship_date: "2024-05-06" },
      error: "is not a fedex tracking number",
    },
    {
      arguments: { carrier: "royal_mail", tracking_number: "1234567890", ship_date: "2024-05-06" },
      error: "$.carrier must be one of",
    },
  ],
  run: ({ carrier, tracking_number, ship_date }, { randomFor }) => {
    const format = formats[carrier] ?? { pattern: /$^/, example: "" };
    if (!format.pattern.test(tracking_number)) {
      throw new ToolArgumentError({
        message: `'${tracking_number}' is not a ${carrier} tracking number: expected the format of e.g. '${format.example}'`,
        argument: "tracking_number",
      });
    }
    const random = randomFor(carrier, tracking_number, ship_date);
    const reached = random.int(1, steps.length);
    const route = random.sample(hubs, 2);
    const destination = random.pick(hubs.filter((hub) => !route.includes(hub)));
    const places = [route[0], route[0], route[0], route[1], destination, destination];
    const transit = random.int(2, 5);
    const dates = [0, 1, 1, 2, transit, transit];
    const events = steps.slice(0, reached).map((description, index) => ({
      date: addDays(ship_date, dates[index] ?? 0),
      location: places[index] ?? "",
      description,
    }));
    const status =
      reached === 1
        ? "label_created"
        : reached === 6
          ? "delivered"
          : reached === 5
            ? "out_for_delivery"
            : "in_transit";
    return {
      carrier,
      tracking_number,
      status,
      estimated_delivery: addDays(ship_date, transit),
      events: events.reverse(),
    };
  },
});
