import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

type Value = string | number | boolean;

/** Fills {{placeholders}} in a message template. */
export const renderMessageTemplate = defineTool<{
  template: string;
  variables: Record<string, Value>;
  on_missing?: "error" | "keep" | "empty";
}>({
  name: "render_message_template",
  description:
    "Fill a message template's {{name}} placeholders (optionally with a fallback: {{name|fallback}}) from a map of variables, as used for email and SMS campaigns. Returns the rendered text, its length, the variables used, the ones supplied but unused, and any placeholders left without a value.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      template: {
        type: "string",
        minLength: 1,
        maxLength: 20000,
        description:
          "Text with placeholders like 'Hi {{first_name|there}}, your order {{order_id}} has shipped.'",
      },
      variables: {
        type: "object",
        additionalProperties: { anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }] },
        propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
        description: "Values by placeholder name (letters, digits, underscores).",
      },
      on_missing: {
        type: "string",
        enum: ["error", "keep", "empty"],
        default: "error",
        description:
          "What to do with a placeholder that has neither a value nor a fallback: fail, keep it as written, or replace it with nothing.",
      },
    },
    required: ["template", "variables"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      rendered: { type: "string" },
      length: { type: "integer", minimum: 0 },
      used_variables: { type: "array", items: { type: "string" } },
      unused_variables: { type: "array", items: { type: "string" } },
      missing_placeholders: { type: "array", items: { type: "string" } },
    },
    required: ["rendered", "length", "used_variables", "unused_variables", "missing_placeholders"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        template: "Hi {{first_name|there}}, your order {{order_id}} ships on {{ship_date}}.",
        variables: { order_id: "A-1042", ship_date: "Monday", coupon: "THANKS10" },
      },
      result: {
        rendered: "Hi there, your order A-1042 ships on Monday.",
        length: 44,
        used_variables: ["order_id", "ship_date"],
        unused_variables: ["coupon"],
        missing_placeholders: [],
      },
    },
    {
      arguments: {
        template: "Dear {{name}}, balance: {{balance}} EUR. Ref {{ref}}",
        variables: { name: "Ms Ito", balance: 120.5 },
        on_missing: "keep",
      },
      result: {
        rendered: "Dear Ms Ito, balance: 120.5 EUR. Ref {{ref}}",
        length: 44,
        used_variables: ["name", "balance"],
        unused_variables: [],
        missing_placeholders: ["ref"],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { template: "Hello {{name}}, code {{code}}", variables: { name: "Ann" } },
      error: "no value for placeholder 'code'",
    },
    { arguments: { template: "Hi", variables: { "first-name": "Ann" } }, error: "$.variables" },
  ],
  run: ({ template, variables, on_missing = "error" }) => {
    const used = new Set<string>();
    const missing = new Set<string>();
    const rendered = template.replace(
      /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|([^}]*))?\}\}/g,
      (whole, name: string, fallback?: string) => {
        const value = variables[name];
        if (value !== undefined) {
          used.add(name);
          return String(value);
        }
        if (fallback !== undefined) {
          return fallback;
        }
        missing.add(name);
        return on_missing === "keep" ? whole : "";
      },
    );
    if (missing.size > 0 && on_missing === "error") {
      throw new ToolArgumentError({
        message: `no value for placeholder${missing.size > 1 ? "s" : ""} ${[...missing].map((name) => `'${name}'`).join(", ")}: add ${missing.size > 1 ? "them" : "it"} to variables, give a {{name|fallback}}, or set on_missing`,
        argument: "variables",
      });
    }
    return {
      rendered,
      length: [...rendered].length,
      used_variables: [...used],
      unused_variables: Object.keys(variables).filter((name) => !used.has(name)),
      missing_placeholders: [...missing],
    };
  },
});
