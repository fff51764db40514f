import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { ports } from "./data/ports.js";

/** Service behind a well-known port, or the port of a service. */
export const getPortServiceInfo = defineTool<{ port?: number; service?: string }>({
  name: "get_port_service_info",
  description:
    "Look up a well-known network port: give a port number to learn which service uses it, or a service name (e.g. ssh, postgresql) to learn its port. Returns the port, transport protocol, service name, description and whether the protocol is encrypted.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      port: {
        type: "integer",
        minimum: 0,
        maximum: 65535,
        description: "Port number, e.g. 5432. Give either port or service.",
      },
      service: {
        type: "string",
        pattern: "^[a-z0-9-]+$",
        description: "Service name in lower case, e.g. redis. Give either port or service.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      port: { type: "integer" },
      protocol: { type: "string", enum: ["tcp", "udp", "tcp/udp"] },
      service: { type: "string" },
      description: { type: "string" },
      encrypted: { type: "boolean" },
    },
    required: ["port", "protocol", "service", "description", "encrypted"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { port: 5432 },
      result: {
        port: 5432,
        protocol: "tcp",
        service: "postgresql",
        description: "PostgreSQL",
        encrypted: false,
      },
    },
    {
      arguments: { service: "ssh" },
      result: {
        port: 22,
        protocol: "tcp",
        service: "ssh",
        description: "Secure Shell remote login, SFTP and SCP",
        encrypted: true,
      },
    },
  ],
  invalidExamples: [
    { arguments: {}, error: "give exactly one of port or service" },
    { arguments: { port: 22, service: "ssh" }, error: "give exactly one of port or service" },
    { arguments: { port: 12345 }, error: "port 12345 is not in the well-known port table" },
    { arguments: { port: 70000 }, error: "$.port must be <= 65535" },
  ],
  run: ({ port, service }) => {
    if ((port === undefined) === (service === undefined)) {
      throw new ToolArgumentError({
        message: "give exactly one of port or service",
        argument: port === undefined ? "port" : "service",
      });
    }
    const found = ports.find((entry) =>
      port !== undefined ? entry.port === port : entry.service === service,
    );
    if (found === undefined) {
      throw new ToolArgumentError({
        message:
          port !== undefined
            ? `port ${port} is not in the well-known port table; known ports include 22, 53, 80, 443, 3306, 5432, 6379`
            : `unknown service '${service}'; known services include ssh, dns, http, https, mysql, postgresql, redis`,
        argument: port !== undefined ? "port" : "service",
      });
    }
    return { ...found };
  },
});
