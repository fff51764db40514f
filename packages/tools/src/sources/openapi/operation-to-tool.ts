import type { JsonSchema, ObjectSchema, Tool } from "@apigen/core";
import type { ApiOperation, ApiParameter, ApiRequestBody } from "./api-openapi.js";
import type { RefResolver } from "./create-ref-resolver.js";
import { pickMediaType } from "./pick-media-type.js";
import { successSchema } from "./success-schema.js";

/** How one argument of a tool travels in the HTTP request. */
export interface PlannedParameter {
  /** The argument's name in the tool's parameters. */
  argument: string;
  /** The parameter's name in the request. */
  name: string;
  in: ApiParameter["in"];
  style: string;
  explode: boolean;
  /** Sent as JSON text (a parameter described with `content` instead of `schema`). */
  json: boolean;
}

/** How the request body is built from the arguments. */
export type PlannedBody =
  | { kind: "whole"; argument: string; mediaType: string }
  | { kind: "flattened"; arguments: string[]; mediaType: string };

/** Everything needed to turn a call of the tool into an HTTP request. */
export interface OperationPlan {
  method: string;
  path: string;
  parameters: PlannedParameter[];
  body: PlannedBody | undefined;
}

/** Options of {@link operationToTool}. */
export interface OperationToToolOptions {
  name: string;
  method: string;
  path: string;
  operation: ApiOperation;
  /** Parameters the path item declares for all its operations (the operation's own win). */
  pathParameters: ApiOperation["parameters"];
  resolver: RefResolver;
  /** JSON pointer of the operation, for errors. */
  pointer: string;
}

/**
 * Turns one OpenAPI operation into a tool and the plan for calling it. Path, query, header and cookie
 * parameters become arguments under their own names; a JSON (or form) body whose schema is an object with
 * properties is flattened into arguments when no name clashes, otherwise it is one `body` argument. Returns
 * `undefined` for an operation whose body is in a media type this source cannot send (multipart, binary).
 */
export function operationToTool({
  name,
  method,
  path,
  operation,
  pathParameters = [],
  resolver,
  pointer,
}: OperationToToolOptions): { tool: Tool; plan: OperationPlan } | undefined {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const planned: PlannedParameter[] = [];
  const own = (operation.parameters ?? []).map((item, index) =>
    resolver.deref<ApiParameter>(item, `${pointer}/parameters/${index}`),
  );
  const shared = pathParameters
    .map((item, index) => resolver.deref<ApiParameter>(item, `${pointer}/../parameters/${index}`))
    .filter((item) => !own.some((other) => other.name === item.name && other.in === item.in));
  for (const [index, parameter] of [...shared, ...own].entries()) {
    const where = `${pointer}/parameters/${index}`;
    const content = parameter.content === undefined ? undefined : pickMediaType(parameter.content);
    const schema = resolver.schema(content?.schema ?? parameter.schema, "request", where);
    const argument = parameter.name in properties ? `${parameter.in}_${parameter.name}` : parameter.name;
    const description = parameter.description ?? schema.description;
    properties[argument] = {
      ...schema,
      ...(description === undefined ? {} : { description }),
      ...(parameter.deprecated === true ? { deprecated: true } : {}),
    };
    if (parameter.required === true || parameter.in === "path") {
      required.push(argument);
    }
    const style =
      parameter.style ?? (parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple");
    planned.push({
      argument,
      name: parameter.name,
      in: parameter.in,
      style,
      explode: parameter.explode ?? style === "form",
      json: content !== undefined,
    });
  }

  let body: PlannedBody | undefined;
  if (operation.requestBody !== undefined) {
    const requestBody = resolver.deref<ApiRequestBody>(operation.requestBody, `${pointer}/requestBody`);
    const media = pickMediaType(requestBody.content ?? {}, { form: true });
    if (media === undefined) {
      return undefined;
    }
    const schema = resolver.schema(media.schema, "request", `${pointer}/requestBody`);
    const bodyProperties = schema.properties ?? {};
    const names = Object.keys(bodyProperties);
    const flatten =
      (schema.type === "object" || schema.type === undefined) &&
      names.length > 0 &&
      names.every((key) => !(key in properties));
    if (flatten) {
      Object.assign(properties, bodyProperties);
      if (requestBody.required === true) {
        required.push(...(schema.required ?? []));
      }
      body = { kind: "flattened", arguments: names, mediaType: media.mediaType };
    } else {
      const argument = "body" in properties ? "request_body" : "body";
      const description = requestBody.description ?? schema.description;
      properties[argument] = { ...schema, ...(description === undefined ? {} : { description }) };
      if (requestBody.required === true) {
        required.push(argument);
      }
      body = { kind: "whole", argument, mediaType: media.mediaType };
    }
  }

  const parameters: ObjectSchema = { type: "object", properties, required, additionalProperties: false };
  const returns = successSchema(operation, resolver, pointer);
  const description =
    [operation.summary, operation.description]
      .filter((part): part is string => typeof part === "string" && part.trim() !== "")
      .map((part) => part.trim())
      .join("\n\n") || `${method.toUpperCase()} ${path}`;
  return {
    tool: {
      name,
      description: operation.deprecated === true ? `(deprecated) ${description}` : description,
      parameters,
      ...(returns === undefined ? {} : { returns }),
    },
    plan: { method: method.toUpperCase(), path, parameters: planned, body },
  };
}
