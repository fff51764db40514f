import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

function parse(address: string): number[] | null {
  const halves = address.toLowerCase().split("::");
  if (halves.length > 2) {
    return null;
  }
  const groups = (text: string) => (text === "" ? [] : text.split(":"));
  const head = groups(halves[0] ?? "");
  const tail = groups(halves[1] ?? "");
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 2 && missing < 1) || (halves.length === 1 && missing !== 0)) {
    return null;
  }
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  return all.every((group) => /^[0-9a-f]{1,4}$/.test(group))
    ? all.map((group) => Number.parseInt(group, 16))
    : null;
}

function compress(groups: number[]): string {
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) {
      length++;
    }
    if (length > best.length && length >= 2) {
      best = { start, length };
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start < 0) {
    return hex.join(":");
  }
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

/** Full and canonical forms of an IPv6 address. */
export const expandIpv6Address = defineTool<{ address: string }>({
  name: "expand_ipv6_address",
  description:
    "Normalise an IPv6 address: returns its fully expanded form (8 groups of 4 hex digits), its canonical compressed form (RFC 5952: lower case, longest zero run as ::), and its type (loopback, link-local, unique-local, multicast, documentation, unspecified or global unicast).",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      address: {
        type: "string",
        minLength: 2,
        maxLength: 45,
        pattern: "^[0-9A-Fa-f:]+$",
        description: "IPv6 address, e.g. 2001:db8::1 (no zone index or embedded IPv4).",
      },
    },
    required: ["address"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      expanded: { type: "string" },
      compressed: { type: "string" },
      type: {
        type: "string",
        enum: [
          "unspecified",
          "loopback",
          "link_local",
          "unique_local",
          "multicast",
          "documentation",
          "global_unicast",
        ],
      },
    },
    required: ["expanded", "compressed", "type"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { address: "2001:DB8:0:0:0:0:0:1" },
      result: {
        expanded: "2001:0db8:0000:0000:0000:0000:0000:0001",
        compressed: "2001:db8::1",
        type: "documentation",
      },
    },
    {
      arguments: { address: "fe80::1:0:0:0:ab" },
      result: {
        expanded: "fe80:0000:0000:0001:0000:0000:0000:00ab",
        compressed: "fe80:0:0:1::ab",
        type: "link_local",
      },
    },
    {
      arguments: { address: "::1" },
      result: { expanded: "0000:0000:0000:0000:0000:0000:0000:0001", compressed: "::1", type: "loopback" },
    },
  ],
  invalidExamples: [
    { arguments: { address: "2001:db8::1::2" }, error: "is not a valid IPv6 address" },
    { arguments: { address: "2001:db8:g::1" }, error: "$.address must match pattern" },
  ],
  run: ({ address }) => {
    const groups = parse(address);
    if (groups === null) {
      throw new ToolArgumentError({
        message: `'${address}' is not a valid IPv6 address: use 8 groups of 1-4 hex digits, with at most one :: for a run of zero groups`,
        argument: "address",
      });
    }
    const [first = 0] = groups;
    const zeroes = groups.slice(0, 7).every((group) => group === 0);
    const type =
      zeroes && groups[7] === 0
        ? "unspecified"
        : zeroes && groups[7] === 1
          ? "loopback"
          : (first & 0xffc0) === 0xfe80
            ? "link_local"
            : (first & 0xfe00) === 0xfc00
              ? "unique_local"
              : (first & 0xff00) === 0xff00
                ? "multicast"
                : first === 0x2001 && groups[1] === 0x0db8
                  ? "documentation"
                  : "global_unicast";
    return {
      expanded: groups.map((group) => group.toString(16).padStart(4, "0")).join(":"),
      compressed: compress(groups),
      type,
    };
  },
});
