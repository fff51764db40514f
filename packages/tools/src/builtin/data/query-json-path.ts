import type { JsonObject, JsonValue } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

type Step =
  | { kind: "key"; key: string }
  | { kind: "index"; index: number }
  | { kind: "wildcard" }
  | { kind: "descend"; key: string };

function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  const pattern =
    /\.\.([A-Za-z_$][\w$-]*)|\.([A-Za-z_$][\w$-]*)|\.\*|\[\*\]|\[(-?\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const at = pattern.lastIndex;
    const match = pattern.exec(path);
    if (match === null) {
      throw new ToolArgumentError({
        message: `path is not valid JSONPath at position ${at} ('${path.slice(at)}'); use forms like $.store.book[0].title, $.items[*].id, $..price or $['key with spaces']`,
        argument: "path",
      });
    }
    const [, descend, key, index, single, double] = match;
    if (descend !== undefined) {
      steps.push({ kind: "descend", key: descend });
    } else if (key !== undefined) {
      steps.push({ kind: "key", key });
    } else if (index !== undefined) {
      steps.push({ kind: "index", index: Number(index) });
    } else if (single !== undefined || double !== undefined) {
      steps.push({ kind: "key", key: single ?? double ?? "" });
    } else {
      steps.push({ kind: "wildcard" });
    }
  }
  return steps;
}

function children(value: JsonValue): [string, JsonValue][] {
  if (Array.isArray(value)) {
    return value.map((item, index) => [`[${index}]`, item]);
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).map(([key, item]) => [`['${key}']`, item]);
  }
  return [];
}

function apply(step: Step, path: string, value: JsonValue, out: [string, JsonValue][]): void {
  if (step.kind === "wildcard") {
    out.push(...children(value).map(([label, item]): [string, JsonValue] => [path + label, item]));
  } else if (step.kind === "index") {
    if (!Array.isArray(value)) {
      return;
    }
    const index = step.index < 0 ? value.length + step.index : step.index;
    const item = value[index];
    if (item !== undefined) {
      out.push([`${path}[${index}]`, item]);
    }
  } else if (step.kind === "key") {
    if (value === null || typeof value !== "object" || Array.isArray(value) || !(step.key in value)) {
      return;
    }
    out.push([`${path}['${step.key}']`, (value as JsonObject)[step.key] as JsonValue]);
  } else {
    apply({ kind: "key", key: step.key }, path, value, out);
    for (const [label, item] of children(value)) {
      apply(step, path + label, item, out);
    }
  }
}

/** Evaluates a JSONPath subset over a JSON document. */
export const queryJsonPath = defineTool<{ document: JsonValue; path: string }>({
  name: "query_json_path",
  description:
    "Evaluate a JSONPath expression against a JSON document. Supports child keys ($.a.b, $['a b']), array indexes including negative ones ($.items[0], $.items[-1]), wildcards ([*], .*) and recursive descent ($..price). Returns every matching value with its normalised path.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      document: { description: "Any JSON value to query (object, array, string, number, boolean or null)." },
      path: {
        type: "string",
        pattern: "^\\$",
        maxLength: 500,
        description: "JSONPath expression starting with $, e.g. $.store.book[*].author.",
      },
    },
    required: ["document", "path"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      count: { type: "integer", minimum: 0 },
      matches: {
        type: "array",
        items: {
          type: "object",
          properties: { path: { type: "string" }, value: {} },
          required: ["path", "value"],
          additionalProperties: false,
        },
      },
    },
    required: ["count", "matches"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        document: {
          store: {
            book: [
              { title: "Dune", price: 9.99 },
              { title: "Emma", price: 5.5 },
            ],
            bike: { price: 120 },
          },
        },
        path: "$..price",
      },
      result: {
        count: 3,
        matches: [
          { path: "$['store']['book'][0]['price']", value: 9.99 },
          { path: "$['store']['book'][1]['price']", value: 5.5 },
          { path: "$['store']['bike']['price']", value: 120 },
        ],
      },
    },
    {
      arguments: { document: { users: [{ name: "ann" }, { name: "bob" }] }, path: "$.users[-1].name" },
      result: { count: 1, matches: [{ path: "$['users'][1]['name']", value: "bob" }] },
    },
  ],
  invalidExamples: [
    { arguments: { document: { a: 1 }, path: "$.a[" }, error: "path is not valid JSONPath at position 3" },
    { arguments: { document: { a: 1 }, path: "a.b" }, error: "$.path must match pattern" },
  ],
  run: ({ document, path }) => {
    let current: [string, JsonValue][] = [["$", document]];
    for (const step of parsePath(path)) {
      const next: [string, JsonValue][] = [];
      for (const [at, value] of current) {
        apply(step, at, value, next);
      }
      current = next;
    }
    return { count: current.length, matches: current.map(([at, value]) => ({ path: at, value })) };
  },
});
