import type { ApiMediaType } from "./api-openapi.js";

/** Whether a media type is JSON: `application/json`, `application/problem+json`, `text/json`. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return essence === "application/json" || essence === "text/json" || essence.endsWith("+json");
}

/**
 * The JSON entry of a `content` map (or, with `form`, an `application/x-www-form-urlencoded` one when there is
 * no JSON), with its media type.
 */
export function pickMediaType(
  content: Record<string, ApiMediaType | undefined>,
  { form = false }: { form?: boolean } = {},
): { mediaType: string; schema: unknown } | undefined {
  const entries = Object.entries(content);
  const found =
    entries.find(([mediaType]) => isJsonMediaType(mediaType)) ??
    entries.find(([mediaType]) => mediaType === "*/*") ??
    (form ? entries.find(([mediaType]) => mediaType === "application/x-www-form-urlencoded") : undefined);
  if (found === undefined) {
    return undefined;
  }
  const [mediaType, media] = found;
  return { mediaType: mediaType === "*/*" ? "application/json" : mediaType, schema: media?.schema };
}
