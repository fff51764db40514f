import { z } from "zod";
import { jsonEqual } from "../../json/json-equal.js";
import { isJsonObject, type JsonObject } from "../../json/json-value.js";
import { setOwnKey } from "../../json/set-own-key.js";
import type { JsonSchema, ObjectSchema } from "../../schemas/json-schema.js";
import type { Tool } from "../../schemas/tool.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import {
  propertyToXlamParameter,
  type XlamParameter,
  xlamParameterSchema,
  xlamParameterToProperty,
} from "./xlam-parameter.js";

/** A raw xLAM tool: `parameters` is a flat map of parameter name to spec (no `required` list). */
export const xlamToolSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  parameters: z.record(z.string(), xlamParameterSchema),
});
export type XlamTool = z.infer<typeof xlamToolSchema>;

/** Options of {@link xlamToolToTool}. */
export interface XlamToolToToolOptions {
  /** The row's id or index, named in errors. */
  row?: string | number | undefined;
  /** Where the tool sits in its row (e.g. `tools[1]`), prefixed to the fields errors name. */
  field?: string;
}

const toolKeys = new Set(["name", "description", "parameters"]);

/**
 * Reads one raw xLAM tool into a canonical {@link Tool}. Parameters become `{type: "object", properties,
 * required}`: a parameter is required when its spec says `required: true`, or, with no `required` key, when
 * its type string has no `optional` modifier; `required` is left out when no parameter is required. A missing
 * description reads as `""`. Each property is the parsed type schema plus `description`, `default` (the
 * `default` key, else the type string's `default:` text read as a Python literal, else that text) and every
 * other key of the spec; `x-xlam-type` / `x-xlam-required` remember spellings the writer would not reproduce.
 *
 * @example
 * xlamToolToTool({ name: "f", description: "", parameters: { n: { type: "int, optional" } } })
 * // { name: "f", description: "", parameters: { type: "object", properties: { n: { type: "integer" } } } }
 */
export function xlamToolToTool(tool: unknown, { row, field = "" }: XlamToolToToolOptions = {}): Tool {
  const context: ConversionContext = { format: "xlam", row, field };
  const at = (key: string): ConversionContext => ({ ...context, field: joinField(field, key) });
  if (!isJsonObject(tool)) {
    throw conversionError(context, "a tool must be a JSON object");
  }
  for (const key of Object.keys(tool)) {
    if (!toolKeys.has(key)) {
      throw conversionError(at(key), "is not a key of an xLAM tool");
    }
  }
  const { name, description = "", parameters = {} } = tool;
  if (typeof name !== "string" || name === "") {
    throw conversionError(at("name"), "a tool needs a non-empty string name");
  }
  if (typeof description !== "string") {
    throw conversionError(at("description"), "must be a string");
  }
  const parametersContext = at("parameters");
  if (!isJsonObject(parameters)) {
    throw conversionError(parametersContext, "must be a JSON object of parameter specs");
  }
  if (parameters.type === "object" && isJsonObject(parameters.properties)) {
    throw conversionError(
      parametersContext,
      "is a JSON Schema object; xLAM tools map each parameter name straight to its spec",
    );
  }
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [parameterName, spec] of Object.entries(parameters)) {
    const read = xlamParameterToProperty(spec, {
      ...parametersContext,
      field: joinField(parametersContext.field, parameterName),
    });
    setOwnKey(properties, parameterName, read.property);
    if (read.required) {
      required.push(parameterName);
    }
  }
  const schema: ObjectSchema =
    required.length > 0 ? { type: "object", properties, required } : { type: "object", properties };
  return { name, description, parameters: schema };
}

/** Options of {@link toolToXlamTool}. */
export interface ToolToXlamToolOptions {
  /** The row's id or index, named in errors. */
  row?: string | number | undefined;
  /** Where the tool sits in its example (e.g. `tools[1]`), prefixed to the fields errors name. */
  field?: string;
}

/**
 * Writes a canonical {@link Tool} as a raw xLAM tool (`name`, `description`, flat `parameters`). Only what
 * xLAM can hold is written: `category`, `source`, `returns` and `parameters` keywords other than `type`,
 * `properties` and a `required` list in property order are left out (`exampleToXlamRow` carries them in its
 * `apigen` extension). A property whose JSON Schema `type` has no Python spelling (a list of types) throws.
 */
export function toolToXlamTool(tool: Tool, { row, field = "" }: ToolToXlamToolOptions = {}): XlamTool {
  const propertiesField = joinField(joinField(field, "parameters"), "properties");
  const requiredNames = new Set(tool.parameters.required ?? []);
  const parameters: Record<string, XlamParameter> = {};
  for (const [name, property] of Object.entries(tool.parameters.properties ?? {})) {
    const context: ConversionContext = { format: "xlam", row, field: joinField(propertiesField, name) };
    setOwnKey(parameters, name, propertyToXlamParameter(property, requiredNames.has(name), context));
  }
  return {
    name: tool.name,
    description: tool.description,
    parameters,
  };
}

/**
 * The keywords of a tool's `parameters` that the flat xLAM map cannot hold: anything but `type` and
 * `properties`, and `required` unless it lists required properties in property order (an empty list too,
 * since the reader leaves an empty `required` out). Empty when nothing needs carrying.
 */
export function parametersLeftOver(parameters: ObjectSchema): JsonObject {
  const names = Object.keys(parameters.properties ?? {});
  const requiredNames = new Set(parameters.required ?? []);
  const derived = names.filter((name) => requiredNames.has(name));
  const leftOver: JsonObject = {};
  for (const [key, value] of Object.entries(parameters)) {
    const derivable =
      key === "type" ||
      key === "properties" ||
      (key === "required" && derived.length > 0 && jsonEqual(value, derived));
    if (!derivable && value !== undefined) {
      setOwnKey(leftOver, key, value as JsonObject[string]);
    }
  }
  return leftOver;
}
