import { defineTool } from "../define-tool.js";
import { ipAddressParameters, ipLocationCoverage, locateIpAddress } from "./locate-ip-address.js";

/** Simulated coordinates of an IP address (BFCL's `get_coordinate_by_ip_address`). */
export const getCoordinateByIpAddress = defineTool<{ ip_address: string }>({
  name: "get_coordinate_by_ip_address",
  description:
    "Finds the latitude and longitude (decimal degrees) of the place an IPv4 address is located in.",
  category: "Technology",
  simulated: { covers: ipLocationCoverage },
  parameters: ipAddressParameters,
  returns: {
    type: "object",
    properties: {
      latitude: { type: "number", minimum: -90, maximum: 90 },
      longitude: { type: "number", minimum: -180, maximum: 180 },
    },
    required: ["latitude", "longitude"],
    additionalProperties: false,
  },
  examples: [{ arguments: { ip_address: "192.168.1.1" }, result: { latitude: 39.9525, longitude: -75.174 } }],
  invalidExamples: [
    { arguments: { ip_address: "1.2.3" }, error: "$.ip_address must match pattern" },
    { arguments: { ip_address: 3232235777 }, error: "$.ip_address must be string" },
  ],
  run: ({ ip_address }, { seed }) => {
    const { latitude, longitude } = locateIpAddress({ ipAddress: ip_address, seed });
    return { latitude, longitude };
  },
});
