import { type JsonSchema, type Result, stringifyJson, toPlainJson } from "@apigen/core";
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { findFloatForInteger } from "./find-float-for-integer.js";

/** Why arguments do not match a schema: a sentence for people and models, and the JSON path of the value. */
export interface ArgumentProblem {
  message: string;
  path: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `enum`, `minimum`, `format`, ...). */
  keyword: string;
}

/** Validates values against JSON Schemas, compiling each distinct schema once. */
export interface ArgumentValidator {
  validate(schema: JsonSchema, value: unknown): Result<void, ArgumentProblem>;
  /** Throws a `TypeError` naming the problem when the schema itself is invalid. */
  compile(schema: JsonSchema): void;
}

/**
 * Creates a validator for tool arguments and results (JSON Schema 2020-12 with formats). Validators are cached
 * by the schema's text, so each distinct schema is compiled once. With `strict`, unknown keywords and loose
 * types in a schema are errors, which is how the built-in library is checked; schemas from outside (MCP,
 * OpenAPI, users) are compiled leniently.
 *
 * @example
 * const validator = createArgumentValidator();
 * const checked = validator.validate(tool.parameters, call.arguments);
 */
export function createArgumentValidator({ strict = false }: { strict?: boolean } = {}): ArgumentValidator {
  const ajv = new Ajv2020({ strict, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  const cache = new Map<string, ValidateFunction>();
  const compiled = (schema: JsonSchema): ValidateFunction => {
    const key = stringifyJson(schema);
    let validate = cache.get(key);
    if (validate === undefined) {
      try {
        validate = ajv.compile(toPlainJson(schema) as object);
      } catch (error) {
        throw new TypeError(`Invalid JSON Schema: ${error instanceof Error ? error.message : String(error)}`);
      }
      cache.set(key, validate);
    }
    return validate;
  };
  return {
    compile(schema) {
      compiled(schema);
    },
    validate(schema, value) {
      const validate = compiled(schema);
      const floatPath = findFloatForInteger(schema, value);
      if (floatPath !== undefined) {
        return {
          success: false,
          error: {
            message: `${floatPath} must be integer, not a float such as 5.0`,
            path: floatPath,
            keyword: "type",
          },
        };
      }
      if (validate(toPlainJson(value))) {
        return { success: true, value: undefined };
      }
      return { success: false, error: describe(validate.errors?.[0]) };
    },
  };
}

function describe(error: ErrorObject | undefined): ArgumentProblem {
  if (error === undefined) {
    return { message: "does not match the schema", path: "$", keyword: "schema" };
  }
  const path = `$${error.instancePath.replace(/\/([^/]+)/g, (_, key: string) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))}`;
  switch (error.keyword) {
    case "required":
      return {
        message: `missing required argument '${String(error.params.missingProperty)}'`,
        path: `${path === "$" ? "$" : path}.${String(error.params.missingProperty)}`,
        keyword: error.keyword,
      };
    case "additionalProperties":
      return {
        message: `unknown argument '${String(error.params.additionalProperty)}'`,
        path: `${path}.${String(error.params.additionalProperty)}`,
        keyword: error.keyword,
      };
    case "enum":
      return {
        message: `${path} must be one of ${stringifyJson(error.params.allowedValues)}`,
        path,
        keyword: error.keyword,
      };
    default:
      return { message: `${path} ${error.message ?? "is invalid"}`, path, keyword: error.keyword };
  }
}
