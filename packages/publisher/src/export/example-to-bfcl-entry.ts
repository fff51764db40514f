import {
  type BfclAnswer,
  type BfclQuestion,
  bfclTaskToQuestion,
  type Example,
  expectedCallsToBfclAnswer,
  type JsonValue,
} from "@apigen/core";

/**
 * A row as a BFCL question and, for the AST categories, its possible answer: each argument's one acceptable value,
 * plus `[default, ""]` for an optional parameter the answer leaves out whose schema has a default (BFCL's "may be
 * omitted" marker), so a model that spells out the default is not marked wrong.
 */
export function exampleToBfclEntry(
  example: Example,
  { id, extensions }: { id: string; extensions: boolean },
): { question: BfclQuestion; answer: BfclAnswer | undefined } {
  const question = bfclTaskToQuestion(
    {
      id,
      query: example.query,
      tools: example.tools,
      ...(example.system === undefined ? {} : { system: example.system }),
    },
    { extensions },
  );
  if (example.answers.length === 0) {
    return { question, answer: undefined };
  }
  const calls = example.answers.map((call) => {
    const options: Record<string, JsonValue[]> = {};
    for (const [name, value] of Object.entries(call.arguments)) {
      options[name] = [value];
    }
    const parameters = example.tools.find((tool) => tool.name === call.name)?.parameters;
    const required = new Set(parameters?.required ?? []);
    for (const [name, schema] of Object.entries(parameters?.properties ?? {})) {
      if (!(name in options) && !required.has(name) && schema.default !== undefined) {
        options[name] = [schema.default, ""];
      }
    }
    return { name: call.name, arguments: options };
  });
  return { question, answer: expectedCallsToBfclAnswer({ id, calls }) };
}
