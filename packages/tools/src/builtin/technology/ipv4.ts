import { ToolArgumentError } from "../../errors/tool-argument-error.js";

/** The JSON Schema pattern of a dotted-quad IPv4 address. */
export const ipv4Pattern =
  "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$";
/** The JSON Schema pattern of an IPv4 CIDR block. */
export const cidrPattern = `${ipv4Pattern.slice(0, -1)}/(3[0-2]|[12]?\\d)$`;

/** An IPv4 address as an unsigned 32-bit number. */
export function ipToNumber(ip: string): number {
  return ip.split(".").reduce((value, octet) => value * 256 + Number(octet), 0);
}

/** An unsigned 32-bit number as a dotted-quad IPv4 address. */
export function numberToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** Parses "a.b.c.d/n" into its network address and prefix length (host bits are cleared). */
export function parseCidr(
  cidr: string,
  argument: string,
): { network: number; prefix: number; given: number } {
  const [ip = "", bits = ""] = cidr.split("/");
  const prefix = Number(bits);
  if (!/^\d+$/.test(bits) || prefix > 32) {
    throw new ToolArgumentError({
      message: `'${cidr}' is not an IPv4 CIDR block like 192.168.1.0/24`,
      argument,
    });
  }
  const given = ipToNumber(ip);
  const size = 2 ** (32 - prefix);
  return { network: Math.floor(given / size) * size, prefix, given };
}
