import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { httpStatuses } from "./data/http-statuses.js";

const classes = ["informational", "success", "redirection", "client_error", "server_error"] as const;

/** Meaning of an HTTP status code. */
export const getHttpStatusInfo = defineTool<{ status_code: number }>({
  name: "get_http_status_info",
  description:
    "Explain an HTTP response status code: its standard reason phrase, class (informational, success, redirection, client_error or server_error), what it means, and whether retrying the same request later can help.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      status_code: {
        type: "integer",
        minimum: 100,
        maximum: 599,
        description: "HTTP status code, e.g. 404.",
      },
    },
    required: ["status_code"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      code: { type: "integer" },
      reason: { type: "string" },
      class: { type: "string", enum: [...classes] },
      description: { type: "string" },
      retryable: { type: "boolean" },
    },
    required: ["code", "reason", "class", "description", "retryable"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { status_code: 429 },
      result: {
        code: 429,
        reason: "Too Many Requests",
        class: "client_error",
        description: "The client sent too many requests in a given time; see Retry-After.",
        retryable: true,
      },
    },
    {
      arguments: { status_code: 201 },
      result: {
        code: 201,
        reason: "Created",
        class: "success",
        description:
          "The request succeeded and a new resource was created, usually named by the Location header.",
        retryable: false,
      },
    },
  ],
  invalidExamples: [
    { arguments: { status_code: 299 }, error: "299 is not a registered HTTP status code" },
    { arguments: { status_code: 700 }, error: "$.status_code must be <= 599" },
  ],
  run: ({ status_code }) => {
    const status = httpStatuses.find((candidate) => candidate.code === status_code);
    if (status === undefined) {
      throw new ToolArgumentError({
        message: `${status_code} is not a registered HTTP status code in this table; common codes are 200, 201, 204, 301, 304, 400, 401, 403, 404, 429, 500, 503`,
        argument: "status_code",
      });
    }
    return {
      code: status.code,
      reason: status.reason,
      class: classes[Math.floor(status_code / 100) - 1] ?? "informational",
      description: status.description,
      retryable: status.retryable,
    };
  },
});
