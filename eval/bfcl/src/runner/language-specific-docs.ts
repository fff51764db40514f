import type { BfclFunction, BfclSchema } from "@apigen/core";
import { languageOfCategory } from "../ast/ast-checker.js";

const languageNames = { java: "Java", javascript: "JavaScript" } as const;

/**
 * The function docs as a model is shown them. For the Java and JavaScript categories, whose checker reads every
 * argument as source text, each parameter becomes a string whose description says which type's source to write,
 * and each function says which language it is written in; Python docs are returned as they are.
 */
export function languageSpecificDocs({
  docs,
  category,
}: {
  docs: readonly BfclFunction[];
  category: string;
}): readonly BfclFunction[] {
  const language = languageOfCategory(category);
  if (language === "python") {
    return docs;
  }
  const name = languageNames[language];
  return docs.map((doc) => {
    const properties: Record<string, BfclSchema> = {};
    for (const [parameter, schema] of Object.entries(doc.parameters.properties ?? {})) {
      const note =
        schema.type === "any"
          ? `Any ${name} value, written as ${name} source code in a string.`
          : `A ${name} ${schema.type} value, written as ${name} source code in a string.`;
      const { items: _items, properties: _properties, ...rest } = schema;
      properties[parameter] = {
        ...rest,
        type: "string",
        description: `${schema.description ?? ""} ${note}`.trim(),
      };
    }
    return {
      ...doc,
      description: `${doc.description} (This function is written in ${name}.)`,
      parameters: { ...doc.parameters, properties },
    };
  });
}
