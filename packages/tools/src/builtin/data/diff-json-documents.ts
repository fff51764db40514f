import type { JsonValue } from "@apigen/core";
import { defineTool } from "../define-tool.js";
import { canonical } from "./records.js";

interface Change {
  path: string;
  change: "added" | "removed" | "changed";
  old_value?: JsonValue;
  new_value?: JsonValue;
}

const isObject = (value: JsonValue): value is { [key: string]: JsonValue } =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function diff(path: string, before: JsonValue, after: JsonValue, out: Change[]): void {
  if (canonical(before) === canonical(after)) {
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const child = /^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}['${key}']`;
      const old = before[key];
      const now = after[key];
      if (old === undefined && now !== undefined) {
        out.push({ path: child, change: "added", new_value: now });
      } else if (now === undefined && old !== undefined) {
        out.push({ path: child, change: "removed", old_value: old });
      } else if (old !== undefined && now !== undefined) {
        diff(child, old, now, out);
      }
    }
  } else if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const old = before[index];
      const now = after[index];
      const child = `${path}[${index}]`;
      if (old === undefined && now !== undefined) {
        out.push({ path: child, change: "added", new_value: now });
      } else if (now === undefined && old !== undefined) {
        out.push({ path: child, change: "removed", old_value: old });
      } else if (old !== undefined && now !== undefined) {
        diff(child, old, now, out);
      }
    }
  } else {
    out.push({ path, change: "changed", old_value: before, new_value: after });
  }
}

/** Structural differences between two JSON documents. */
export const diffJsonDocuments = defineTool<{ before: JsonValue; after: JsonValue }>({
  name: "diff_json_documents",
  description:
    "Compare two JSON documents structurally (object key order ignored, arrays compared by position) and list every added, removed and changed value with its JSONPath. Returns the list of changes and whether the documents are equal.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      before: { description: "The original JSON document." },
      after: { description: "The new JSON document." },
    },
    required: ["before", "after"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      equal: { type: "boolean" },
      changes: {
        type: "array",
        items: {
          type: "object",
          properties: {
            path: { type: "string" },
            change: { type: "string", enum: ["added", "removed", "changed"] },
            old_value: {},
            new_value: {},
          },
          required: ["path", "change"],
          additionalProperties: false,
        },
      },
    },
    required: ["equal", "changes"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        before: { name: "app", version: "1.0", deps: ["a", "b"] },
        after: { name: "app", version: "1.1", deps: ["a"], license: "MIT" },
      },
      result: {
        equal: false,
        changes: [
          { path: "$.version", change: "changed", old_value: "1.0", new_value: "1.1" },
          { path: "$.deps[1]", change: "removed", old_value: "b" },
          { path: "$.license", change: "added", new_value: "MIT" },
        ],
      },
    },
    { arguments: { before: { a: 1, b: 2 }, after: { b: 2, a: 1 } }, result: { equal: true, changes: [] } },
  ],
  invalidExamples: [
    { arguments: { before: { a: 1 } }, error: "missing required argument 'after'" },
    { arguments: { before: 1, after: 2, deep: true }, error: "unknown argument 'deep'" },
  ],
  run: ({ before, after }) => {
    const changes: Change[] = [];
    diff("$", before, after, changes);
    return { equal: changes.length === 0, changes: changes as unknown as JsonValue };
  },
});
