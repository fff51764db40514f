import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { isJsonObject, type JsonValue, readJsonl } from "@apigen/core";
import type { TextItem } from "../contamination/find-contamination.js";
import { BfclDataMissingError } from "./bfcl-data-missing-error.js";

const questionFile = /^BFCL_v4_.+\.json$/;

function userContents(value: JsonValue | undefined, found: string[]): string[] {
  if (Array.isArray(value)) {
    for (const item of value) {
      userContents(item, found);
    }
  } else if (isJsonObject(value) && value.role === "user" && typeof value.content === "string") {
    found.push(value.content);
  }
  return found;
}

/**
 * Every user message of every question file in a BFCL data folder (all `BFCL_v4_*.json` at its top level,
 * multi-turn and agentic ones included), as texts to compare generated rows with. An entry's only message is
 * named by the entry's id; an entry with several is named `<id>#<n>`, counting from 1.
 */
export async function* readBfclQuestionTexts({
  dataDirectory,
}: {
  dataDirectory: string;
}): AsyncGenerator<TextItem> {
  let names: string[];
  try {
    names = (await readdir(dataDirectory)).filter((name) => questionFile.test(name)).sort();
  } catch {
    throw new BfclDataMissingError({ dataDirectory, missing: [dataDirectory] });
  }
  if (names.length === 0) {
    throw new BfclDataMissingError({ dataDirectory, missing: [join(dataDirectory, "BFCL_v4_*.json")] });
  }
  for (const name of names) {
    for await (const { value } of readJsonl(join(dataDirectory, name))) {
      if (!isJsonObject(value) || typeof value.id !== "string") {
        continue;
      }
      const texts = userContents(value.question, []);
      for (const [index, text] of texts.entries()) {
        yield { id: texts.length === 1 ? value.id : `${value.id}#${index + 1}`, text };
      }
    }
  }
}
