import { isJsonObject, type JsonValue, stringifyJson } from "@apigen/core";
import type { PlannedParameter } from "./operation-to-tool.js";

/** A scalar as text: strings as they are, anything else as JSON (`5.0` stays `5.0`). */
export function scalar(value: JsonValue): string {
  return typeof value === "string" ? value : stringifyJson(value);
}

/** An array or object flattened the `simple` way: `a,b` or `k,v,k2,v2` (`k=v,k2=v2` exploded). */
export function joined(value: JsonValue, separator: string, explode = false): string {
  if (Array.isArray(value)) {
    return value.map(scalar).join(separator);
  }
  if (isJsonObject(value)) {
    return Object.entries(value)
      .map(([key, item]) => (explode ? `${key}=${scalar(item)}` : `${key}${separator}${scalar(item)}`))
      .join(separator);
  }
  return scalar(value);
}

/** A path parameter by its style (`simple`, `label`, `matrix`), percent-encoded. */
export function serializePath(parameter: PlannedParameter, value: JsonValue): string {
  if (parameter.json) {
    return encodeURIComponent(stringifyJson(value));
  }
  const encode = (item: JsonValue) => encodeURIComponent(scalar(item));
  const items = Array.isArray(value) ? value.map(encode) : undefined;
  switch (parameter.style) {
    case "label":
      return `.${items ? items.join(parameter.explode ? "." : ",") : encode(value)}`;
    case "matrix":
      return items
        ? parameter.explode
          ? items.map((item) => `;${parameter.name}=${item}`).join("")
          : `;${parameter.name}=${items.join(",")}`
        : `;${parameter.name}=${encode(value)}`;
    default:
      return items
        ? items.join(",")
        : isJsonObject(value)
          ? encodeURIComponent(joined(value, ",", parameter.explode))
          : encode(value);
  }
}

/**
 * A query parameter as name/value pairs by its style: `form` (arrays repeated when exploded, else joined
 * with commas), `spaceDelimited`, `pipeDelimited`, `deepObject` (`name[key]=value`).
 */
export function serializeQuery(parameter: PlannedParameter, value: JsonValue): [string, string][] {
  const { name, style, explode } = parameter;
  if (parameter.json) {
    return [[name, stringifyJson(value)]];
  }
  if (Array.isArray(value)) {
    if (explode && style === "form") {
      return value.map((item) => [name, scalar(item)]);
    }
    const separator = style === "spaceDelimited" ? " " : style === "pipeDelimited" ? "|" : ",";
    return [[name, value.map(scalar).join(separator)]];
  }
  if (isJsonObject(value)) {
    if (style === "deepObject") {
      return Object.entries(value).map(([key, item]) => [`${name}[${key}]`, scalar(item)]);
    }
    return explode
      ? Object.entries(value).map(([key, item]) => [key, scalar(item)])
      : [[name, joined(value, ",")]];
  }
  return [[name, scalar(value)]];
}
