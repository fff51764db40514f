import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const defaultPorts: Record<string, number> = {
  "http:": 80,
  "https:": 443,
  "ftp:": 21,
  "ws:": 80,
  "wss:": 443,
};

/** Splits a URL into its components. */
export const parseUrl = defineTool<{ url: string; decode_query?: boolean }>({
  name: "parse_url",
  description:
    "Parse an absolute URL into its components (WHATWG URL rules): scheme, username, host, port (explicit or the scheme's default), path segments, query parameters (repeated keys become lists) and fragment. Returns the components and the normalised URL.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      url: {
        type: "string",
        format: "uri",
        maxLength: 4000,
        description: "Absolute URL, e.g. https://api.example.com:8443/v1/users?page=2&tag=a&tag=b#top.",
      },
      decode_query: { type: "boolean", default: true, description: "Percent-decode query keys and values." },
    },
    required: ["url"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      scheme: { type: "string" },
      username: { type: ["string", "null"] },
      host: { type: "string" },
      port: { type: ["integer", "null"], description: "Explicit port, else the scheme default, else null." },
      is_default_port: { type: "boolean" },
      path: { type: "string" },
      path_segments: { type: "array", items: { type: "string" } },
      query: {
        type: "object",
        additionalProperties: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
      },
      fragment: { type: ["string", "null"] },
      normalized: { type: "string" },
    },
    required: [
      "scheme",
      "username",
      "host",
      "port",
      "is_default_port",
      "path",
      "path_segments",
      "query",
      "fragment",
      "normalized",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { url: "HTTPS://api.Example.com:8443/v1/users/?page=2&tag=a&tag=b%20c#top" },
      result: {
        scheme: "https",
        username: null,
        host: "api.example.com",
        port: 8443,
        is_default_port: false,
        path: "/v1/users/",
        path_segments: ["v1", "users"],
        query: { page: "2", tag: ["a", "b c"] },
        fragment: "top",
        normalized: "https://api.example.com:8443/v1/users/?page=2&tag=a&tag=b%20c#top",
      },
    },
    {
      arguments: { url: "http://user@localhost/" },
      result: {
        scheme: "http",
        username: "user",
        host: "localhost",
        port: 80,
        is_default_port: true,
        path: "/",
        path_segments: [],
        query: {},
        fragment: null,
        normalized: "http://user@localhost/",
      },
    },
  ],
  invalidExamples: [
    { arguments: { url: "mailto:ann@example.com" }, error: "url has no host" },
    { arguments: { url: "https://example.com/?q=%C3%28" }, error: "malformed percent-escape" },
    { arguments: { url: "/relative/path" }, error: '$.url must match format "uri"' },
  ],
  run: ({ url, decode_query = true }) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ToolArgumentError({ message: `'${url}' is not a valid absolute URL`, argument: "url" });
    }
    if (parsed.hostname === "") {
      throw new ToolArgumentError({
        message: `url has no host ('${parsed.protocol}' URLs are not network locations); give a URL like https://host/path`,
        argument: "url",
      });
    }
    const query: Record<string, string | string[]> = {};
    for (const pair of parsed.search
      .slice(1)
      .split("&")
      .filter((part) => part !== "")) {
      const [rawKey = "", ...rest] = pair.split("=");
      const decode = (text: string) => {
        try {
          return decode_query ? decodeURIComponent(text.replaceAll("+", " ")) : text;
        } catch {
          throw new ToolArgumentError({
            message: `the query contains a malformed percent-escape in '${pair}'; set decode_query to false to keep it raw`,
            argument: "url",
          });
        }
      };
      const key = decode(rawKey);
      const value = decode(rest.join("="));
      const existing = query[key];
      query[key] =
        existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    const fallback = defaultPorts[parsed.protocol] ?? null;
    return {
      scheme: parsed.protocol.slice(0, -1),
      username: parsed.username === "" ? null : decodeURIComponent(parsed.username),
      host: parsed.hostname,
      port: parsed.port === "" ? fallback : Number(parsed.port),
      is_default_port: parsed.port === "",
      path: parsed.pathname,
      path_segments: parsed.pathname.split("/").filter((segment) => segment !== ""),
      query,
      fragment: parsed.hash === "" ? null : parsed.hash.slice(1),
      normalized: parsed.href,
    };
  },
});
