import { isJsonObject, runConfigSchema } from "@apigen/core";
import { z } from "zod";

type Loose = Record<string, unknown>;

/**
 * The JSON Schema of a run config file as a person writes it (defaults may be left out), for editors'
 * completion and checks: `# yaml-language-server: $schema=...`. `generator.model` is optional there, as in
 * `loadRunConfig`, which fills it from the environment.
 *
 * @example
 * await writeFile("apigen.schema.json", stringifyJson(runConfigJsonSchema(), { indent: 2 }));
 */
export function runConfigJsonSchema(): Record<string, unknown> {
  const schema: Loose = z.toJSONSchema(runConfigSchema, { io: "input" });
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const generator = properties.generator;
  if (isJsonObject(generator) && Array.isArray(generator.required)) {
    generator.required = generator.required.filter((key) => key !== "model");
  }
  if (Array.isArray(schema.required)) {
    schema.required = schema.required.filter((key) => key !== "generator");
  }
  return schema;
}
