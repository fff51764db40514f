/**
 * The parts of an OpenAPI 3.0/3.1 document this source reads, as they appear on the wire. Everything is
 * optional and checked where it is used: documents in the wild are loose.
 */
export interface ApiOpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string };
  servers?: ApiServer[];
  paths?: Record<string, ApiPathItem | undefined>;
  components?: Record<string, Record<string, unknown> | undefined>;
}

/** A `servers[]` entry; `{name}` placeholders in `url` take their variable's `default`. */
export interface ApiServer {
  url?: string;
  variables?: Record<string, { default?: string } | undefined>;
}

/** A `$ref` object. */
export interface ApiReference {
  $ref: string;
}

/** A path item: shared parameters and one operation per HTTP method. */
export type ApiPathItem = {
  parameters?: (ApiParameter | ApiReference)[];
  summary?: string;
  description?: string;
} & Partial<Record<ApiHttpMethod, ApiOperation>>;

/** The HTTP methods an OpenAPI path item may hold. */
export const apiHttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
/** One of {@link apiHttpMethods}. */
export type ApiHttpMethod = (typeof apiHttpMethods)[number];

/** An operation. */
export interface ApiOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: (ApiParameter | ApiReference)[];
  requestBody?: ApiRequestBody | ApiReference;
  responses?: Record<string, ApiResponse | ApiReference | undefined>;
}

/** A parameter in the path, the query, a header or a cookie. */
export interface ApiParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  schema?: unknown;
  style?: string;
  explode?: boolean;
  content?: Record<string, ApiMediaType | undefined>;
}

/** A request body. */
export interface ApiRequestBody {
  description?: string;
  required?: boolean;
  content?: Record<string, ApiMediaType | undefined>;
}

/** A media type entry of a body. */
export interface ApiMediaType {
  schema?: unknown;
}

/** A response. */
export interface ApiResponse {
  description?: string;
  content?: Record<string, ApiMediaType | undefined>;
}
