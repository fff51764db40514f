import type { BfclFunction } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { languageSpecificDocs } from "./language-specific-docs.js";

const doc: BfclFunction = {
  name: "Storage.put",
  description: "Stores values.",
  parameters: {
    type: "dict",
    properties: {
      keys: { type: "ArrayList", description: "The keys.", items: { type: "String" } },
      value: { type: "any" },
    },
    required: ["keys"],
  },
};

describe("languageSpecificDocs", () => {
  it("leaves Python docs alone", () => {
    const docs = [doc];
    expect(languageSpecificDocs({ docs, category: "simple_python" })).toBe(docs);
  });

  it("turns Java parameters into strings of Java source and says so", () => {
    const [java] = languageSpecificDocs({ docs: [doc], category: "simple_java" });
    expect(java).toEqual({
      name: "Storage.put",
      description: "Stores values. (This function is written in Java.)",
      parameters: {
        type: "dict",
        properties: {
          keys: {
            type: "string",
            description: "The keys. A Java ArrayList value, written as Java source code in a string.",
          },
          value: { type: "string", description: "Any Java value, written as Java source code in a string." },
        },
        required: ["keys"],
      },
    });
    expect(languageSpecificDocs({ docs: [doc], category: "simple_javascript" })[0]?.description).toContain(
      "JavaScript",
    );
  });
});
