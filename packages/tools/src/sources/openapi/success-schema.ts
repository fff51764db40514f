import type { JsonSchema } from "@apigen/core";
import type { ApiOperation, ApiResponse } from "./api-openapi.js";
import type { RefResolver } from "./create-ref-resolver.js";
import { pickMediaType } from "./pick-media-type.js";

/**
 * The schema of an operation's success answer: the JSON body of its 200 response, else 201, `2XX` or any
 * other 2xx one, with `writeOnly` properties left out.
 */
export function successSchema(
  operation: ApiOperation,
  resolver: RefResolver,
  pointer: string,
): JsonSchema | undefined {
  const responses = operation.responses ?? {};
  const status = ["200", "201", "2XX", ...Object.keys(responses).filter((key) => /^2\d\d$/.test(key))].find(
    (key) => responses[key] !== undefined,
  );
  const raw = status === undefined ? undefined : responses[status];
  if (status === undefined || raw === undefined) {
    return undefined;
  }
  const response = resolver.deref<ApiResponse>(raw, `${pointer}/responses/${status}`);
  const media = pickMediaType(response.content ?? {});
  if (media?.schema === undefined) {
    return undefined;
  }
  return resolver.schema(media.schema, "response", `${pointer}/responses/${status}`);
}
