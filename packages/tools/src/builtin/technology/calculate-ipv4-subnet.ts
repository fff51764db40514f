import { defineTool } from "../define-tool.js";
import { cidrPattern, numberToIp, parseCidr } from "./ipv4.js";

function addressClass(first: number): string {
  if (first < 128) {
    return "A";
  }
  if (first < 192) {
    return "B";
  }
  if (first < 224) {
    return "C";
  }
  return first < 240 ? "D (multicast)" : "E (reserved)";
}

/** Subnet details from CIDR notation. */
export const calculateIpv4Subnet = defineTool<{ cidr: string }>({
  name: "calculate_ipv4_subnet",
  description:
    "Calculate the details of an IPv4 subnet from CIDR notation: network and broadcast addresses, netmask, wildcard mask, first and last usable host, number of usable hosts, and whether the range is private (RFC 1918).",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      cidr: {
        type: "string",
        pattern: cidrPattern,
        description: "IPv4 address with prefix length, e.g. 192.168.10.37/26.",
      },
    },
    required: ["cidr"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      network_address: { type: "string" },
      broadcast_address: { type: "string" },
      netmask: { type: "string" },
      wildcard_mask: { type: "string" },
      prefix_length: { type: "integer", minimum: 0, maximum: 32 },
      first_host: { type: "string" },
      last_host: { type: "string" },
      usable_hosts: { type: "integer", minimum: 0 },
      total_addresses: { type: "integer", minimum: 1 },
      is_private: { type: "boolean" },
      address_class: { type: "string" },
    },
    required: [
      "network_address",
      "broadcast_address",
      "netmask",
      "wildcard_mask",
      "prefix_length",
      "first_host",
      "last_host",
      "usable_hosts",
      "total_addresses",
      "is_private",
      "address_class",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { cidr: "192.168.10.37/26" },
      result: {
        network_address: "192.168.10.0",
        broadcast_address: "192.168.10.63",
        netmask: "255.255.255.192",
        wildcard_mask: "0.0.0.63",
        prefix_length: 26,
        first_host: "192.168.10.1",
        last_host: "192.168.10.62",
        usable_hosts: 62,
        total_addresses: 64,
        is_private: true,
        address_class: "C",
      },
    },
    {
      arguments: { cidr: "8.8.8.8/32" },
      result: {
        network_address: "8.8.8.8",
        broadcast_address: "8.8.8.8",
        netmask: "255.255.255.255",
        wildcard_mask: "0.0.0.0",
        prefix_length: 32,
        first_host: "8.8.8.8",
        last_host: "8.8.8.8",
        usable_hosts: 1,
        total_addresses: 1,
        is_private: false,
        address_class: "A",
      },
    },
  ],
  invalidExamples: [
    { arguments: { cidr: "192.168.1.0/33" }, error: "$.cidr must match pattern" },
    { arguments: { cidr: "300.1.1.1/24" }, error: "$.cidr must match pattern" },
  ],
  run: ({ cidr }) => {
    const { network, prefix } = parseCidr(cidr, "cidr");
    const size = 2 ** (32 - prefix);
    const broadcast = network + size - 1;
    // /31 point-to-point links (RFC 3021) and /32 single hosts use every address.
    const [first, last, usable] =
      prefix >= 31 ? [network, broadcast, size] : [network + 1, broadcast - 1, size - 2];
    const inRange = (base: string, bits: number) =>
      parseCidr(`${base}/${bits}`, "cidr").network ===
      parseCidr(`${numberToIp(network)}/${bits}`, "cidr").network;
    return {
      network_address: numberToIp(network),
      broadcast_address: numberToIp(broadcast),
      netmask: numberToIp(2 ** 32 - size),
      wildcard_mask: numberToIp(size - 1),
      prefix_length: prefix,
      first_host: numberToIp(first),
      last_host: numberToIp(last),
      usable_hosts: usable,
      total_addresses: size,
      is_private:
        prefix >= 8 &&
        (inRange("10.0.0.0", 8) ||
          (prefix >= 12 && inRange("172.16.0.0", 12)) ||
          (prefix >= 16 && inRange("192.168.0.0", 16))),
      address_class: addressClass(Math.floor(network / 2 ** 24)),
    };
  },
});
