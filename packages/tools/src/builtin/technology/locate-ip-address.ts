import { createRandom, type ObjectSchema } from "@apigen/core";
import { type UsZipCode, usZipCodes } from "../travel/data/us-zip-codes.js";

/** The schema of an IPv4 address parameter. */
export const ipAddressSchema = {
  type: "string" as const,
  pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",
  description: "The IPv4 address to find the location of, e.g. '172.16.254.1'.",
};

/** The parameters of the IP geolocation tools: one required `ip_address`. */
export const ipAddressParameters: ObjectSchema = {
  type: "object",
  properties: { ip_address: ipAddressSchema },
  required: ["ip_address"],
  additionalProperties: false,
};

/** What the simulated IP geolocation tools cover. */
export const ipLocationCoverage = `any IPv4 address, placed deterministically (by address and seed) in one of ${usZipCodes.length} US city-centre ZIP codes; private and documentation ranges, which a real service would refuse, are placed too`;

/**
 * The simulated location of an address, drawn from a stream keyed on the seed and the address only, so that every
 * IP tool places an address in the same city.
 *
 * @example
 * locateIpAddress({ ipAddress: "192.168.1.1", seed: 7 }).zipcode; // the same for every IP tool
 */
export function locateIpAddress({ ipAddress, seed }: { ipAddress: string; seed: number }): UsZipCode {
  return createRandom(`ip-location:${seed}:${ipAddress}`).pick(usZipCodes);
}
