import { stringifyJson, type Tool } from "@apigen/core";

/**
 * The tools as the xLAM v1 prompt lists them: `{name, description, parameters}` where `parameters` is the
 * JSON-Schema `properties` map (the `type: object` wrapper dropped) and each required property carries
 * `"required": true`, as several public renderers of this format do.
 */
export function xlamToolsJson(tools: readonly Tool[]): string {
  const listed = tools.map((tool) => {
    const required = new Set(tool.parameters.required ?? []);
    const properties: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(tool.parameters.properties ?? {})) {
      properties[name] = required.has(name) ? { ...schema, required: true } : schema;
    }
    return { name: tool.name, description: tool.description, parameters: properties };
  });
  return stringifyJson(listed);
}
