import { defineTool } from "../define-tool.js";
import { cidrPattern, ipToNumber, ipv4Pattern, parseCidr } from "./ipv4.js";

/** Which CIDR blocks contain an IPv4 address. */
export const checkIpInCidrRanges = defineTool<{ ip_address: string; cidr_ranges: string[] }>({
  name: "check_ip_in_cidr_ranges",
  description:
    "Check whether an IPv4 address falls inside any of a list of CIDR blocks, e.g. for firewall allow-lists. Returns whether it matched, every matching block, and the most specific match (longest prefix) or null.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      ip_address: {
        type: "string",
        pattern: ipv4Pattern,
        description: "IPv4 address to test, e.g. 10.1.2.3.",
      },
      cidr_ranges: {
        type: "array",
        items: { type: "string", pattern: cidrPattern },
        minItems: 1,
        maxItems: 500,
        description: 'CIDR blocks to test against, e.g. ["10.0.0.0/8", "192.168.0.0/16"].',
      },
    },
    required: ["ip_address", "cidr_ranges"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      matched: { type: "boolean" },
      matching_ranges: { type: "array", items: { type: "string" } },
      most_specific: { type: ["string", "null"] },
    },
    required: ["matched", "matching_ranges", "most_specific"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { ip_address: "10.1.2.3", cidr_ranges: ["10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/16"] },
      result: { matched: true, matching_ranges: ["10.0.0.0/8", "10.1.0.0/16"], most_specific: "10.1.0.0/16" },
    },
    {
      arguments: { ip_address: "172.32.0.1", cidr_ranges: ["172.16.0.0/12"] },
      result: { matched: false, matching_ranges: [], most_specific: null },
    },
  ],
  invalidExamples: [
    {
      arguments: { ip_address: "10.1.2", cidr_ranges: ["10.0.0.0/8"] },
      error: "$.ip_address must match pattern",
    },
    {
      arguments: { ip_address: "10.1.2.3", cidr_ranges: ["10.0.0.0"] },
      error: "$.cidr_ranges[0] must match pattern",
    },
  ],
  run: ({ ip_address, cidr_ranges }) => {
    const ip = ipToNumber(ip_address);
    const matches = cidr_ranges
      .map((cidr) => ({ cidr, ...parseCidr(cidr, "cidr_ranges") }))
      .filter(({ network, prefix }) => ip >= network && ip < network + 2 ** (32 - prefix));
    const best = [...matches].sort((a, b) => b.prefix - a.prefix)[0];
    return {
      matched: matches.length > 0,
      matching_ranges: matches.map(({ cidr }) => cidr),
      most_specific: best?.cidr ?? null,
    };
  },
});
