import { defineTool } from "../define-tool.js";
import { ipAddressParameters, ipLocationCoverage, locateIpAddress } from "./locate-ip-address.js";

/** A simulated ZIP code for an IP address (BFCL's `get_zipcode_by_ip_address`). */
export const getZipcodeByIpAddress = defineTool<{ ip_address: string }>({
  name: "get_zipcode_by_ip_address",
  description: "Finds the ZIP code of the place an IPv4 address is located in, as a five-digit string.",
  category: "Technology",
  simulated: { covers: ipLocationCoverage },
  parameters: ipAddressParameters,
  returns: { type: "string", pattern: "^[0-9]{5}$" },
  examples: [
    { arguments: { ip_address: "192.168.1.1" }, result: "19103" },
    { arguments: { ip_address: "8.8.8.8" }, result: "60601" },
  ],
  invalidExamples: [
    { arguments: { ip_address: "256.1.1.1" }, error: "$.ip_address must match pattern" },
    { arguments: { ip_address: "example.com" }, error: "$.ip_address must match pattern" },
  ],
  run: ({ ip_address }, { seed }) => locateIpAddress({ ipAddress: ip_address, seed }).zipcode,
});
