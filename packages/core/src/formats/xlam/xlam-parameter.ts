import { z } from "zod";
import { jsonEqual } from "../../json/json-equal.js";
import { isJsonObject, type JsonValue, jsonValueSchema } from "../../json/json-value.js";
import { setOwnKey } from "../../json/set-own-key.js";
import { type JsonSchema, jsonSchemaSchema } from "../../schemas/json-schema.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { validateWire } from "../shared/validate-wire.js";
import { readPythonType } from "./read-python-type.js";
import {
  defaultFromText,
  planXlamParameter,
  xlamDefaultKey,
  xlamRequiredKey,
  xlamTypeKey,
} from "./xlam-parameter-plan.js";

const reservedPrefix = "x-xlam-";

/** A raw xLAM parameter spec: a Python-style `type` string plus description, default and any other keys. */
export const xlamParameterSchema = z
  .object({
    type: z.string(),
    description: z.string().exactOptional(),
    default: jsonValueSchema.exactOptional(),
    required: z.union([z.boolean(), z.array(z.string())]).exactOptional(),
  })
  .catchall(jsonValueSchema);
export type XlamParameter = z.infer<typeof xlamParameterSchema>;

/**
 * Reads one raw xLAM parameter spec (`{description, type, default?, required?, ...}`) into a canonical
 * property schema and its required-ness. See {@link xlamToolToTool} for the rules.
 */
export function xlamParameterToProperty(
  spec: unknown,
  context: ConversionContext,
): { property: JsonSchema; required: boolean } {
  if (!isJsonObject(spec)) {
    throw conversionError(context, "a parameter spec must be a JSON object");
  }
  const typeContext = { ...context, field: joinField(context.field, "type") };
  const typeText = spec.type;
  if (typeof typeText !== "string") {
    throw conversionError(typeContext, "a parameter spec needs a string `type`");
  }
  const parsed = readPythonType(typeText, (reason) => {
    throw conversionError(typeContext, reason);
  });
  const property: JsonSchema = { ...parsed.schema };
  let required = !parsed.optional;
  let carriesKeywords = false;
  for (const [key, value] of Object.entries(spec)) {
    const keyContext = { ...context, field: joinField(context.field, key) };
    if (key === "type") {
      continue;
    }
    if (key.startsWith(reservedPrefix)) {
      throw conversionError(keyContext, `the key prefix ${reservedPrefix} is reserved for apigen`);
    }
    if (key === "description" && typeof value !== "string") {
      throw conversionError(keyContext, "a parameter description must be a string");
    }
    if (key === "required" && typeof value === "boolean") {
      required = value;
      property[xlamRequiredKey] = value;
    } else if (Object.hasOwn(parsed.schema, key)) {
      if (!jsonEqual(value, parsed.schema[key])) {
        throw conversionError(keyContext, `conflicts with the type string ${JSON.stringify(typeText)}`);
      }
    } else {
      setOwnKey(property, key, value);
      carriesKeywords ||= key !== "description" && key !== "default";
    }
  }
  if (parsed.defaultText !== undefined) {
    const fromText = defaultFromText(parsed.defaultText);
    if (spec.default === undefined) {
      property.default = fromText;
    } else if (jsonEqual(fromText, spec.default)) {
      property[xlamDefaultKey] = true;
    }
  }
  if (carriesKeywords) {
    validateWire(jsonSchemaSchema, property, context, { reasonPrefix: "is not valid JSON Schema" });
  }
  if (planXlamParameter(property, required).typeText !== typeText) {
    property[xlamTypeKey] = typeText;
  }
  return { property, required };
}

/**
 * Writes one canonical property as an xLAM parameter spec, keys in the order `description`, `type`,
 * `default`, `required`, then every keyword the type string cannot say, in the property's own order.
 * `x-xlam-*` keywords are never written.
 */
export function propertyToXlamParameter(
  property: JsonSchema,
  required: boolean,
  context: ConversionContext,
): XlamParameter {
  const plan = planXlamParameter(property, required);
  const spec: XlamParameter = {
    ...(property.description === undefined ? {} : { description: property.description }),
    type: plan.typeText,
    ...(plan.writeDefault && property.default !== undefined ? { default: property.default } : {}),
    ...(plan.requiredFlag === undefined ? {} : { required: plan.requiredFlag }),
  };
  for (const [key, value] of Object.entries(property)) {
    const written = key === "description" || key === "default" || key.startsWith(reservedPrefix);
    if (written || value === undefined || Object.hasOwn(plan.parsed.schema, key)) {
      continue;
    }
    if (key === "type") {
      throw conversionError(
        { ...context, field: joinField(context.field, "type") },
        `the JSON Schema type ${JSON.stringify(value)} has no Python type string (use anyOf instead)`,
      );
    }
    setOwnKey(spec, key, value as JsonValue);
  }
  return spec;
}
