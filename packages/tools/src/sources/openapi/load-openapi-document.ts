import { readFile } from "node:fs/promises";
import { isJsonObject, JsonParseError, parseJson, toPlainJson } from "@apigen/core";
import { parse as parseYaml } from "yaml";
import type { ApiOpenApiDocument } from "./api-openapi.js";
import { OpenApiDocumentError } from "./openapi-document-error.js";

/** Options of {@link loadOpenApiDocument}. */
export interface LoadOpenApiDocumentOptions {
  /** A path to a `.json`, `.yaml` or `.yml` file, or the document itself as an object. */
  document: string | object;
  abortSignal?: AbortSignal;
}

/** A loaded document and the label messages use for it. */
export interface LoadedOpenApiDocument {
  document: ApiOpenApiDocument;
  /** The file path, or `"(object)"`. */
  label: string;
}

/**
 * Reads an OpenAPI 3.0 or 3.1 document (JSON or YAML, told apart by the text, not the file name) and checks
 * that it is one. Numbers are plain JavaScript numbers, as JSON Schema validators want them.
 *
 * @example
 * const { document } = await loadOpenApiDocument({ document: "bookshop.yaml" });
 */
export async function loadOpenApiDocument({
  document,
  abortSignal,
}: LoadOpenApiDocumentOptions): Promise<LoadedOpenApiDocument> {
  if (typeof document !== "string") {
    return { document: check(toPlainJson(document), "(object)"), label: "(object)" };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(document)) {
    throw new TypeError(
      `createOpenApiSource reads documents from files; download ${document} first or pass the parsed object`,
    );
  }
  let text: string;
  try {
    text = await readFile(document, { encoding: "utf8", ...(abortSignal ? { signal: abortSignal } : {}) });
  } catch (error) {
    throw new OpenApiDocumentError({ document, reason: "cannot read the file", cause: error });
  }
  return { document: check(parseText(text, document), document), label: document };
}

function parseText(text: string, label: string): unknown {
  if (/^\s*[{[]/.test(text)) {
    try {
      return toPlainJson(parseJson(text));
    } catch (error) {
      if (!JsonParseError.isInstance(error)) {
        throw error;
      }
      throw new OpenApiDocumentError({ document: label, reason: error.message, cause: error });
    }
  }
  try {
    return parseYaml(text, { maxAliasCount: 1000 }) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new OpenApiDocumentError({ document: label, reason: `invalid YAML: ${reason}`, cause: error });
  }
}

function check(value: unknown, label: string): ApiOpenApiDocument {
  if (!isJsonObject(value)) {
    throw new OpenApiDocumentError({ document: label, reason: "the document is not an object" });
  }
  const version = value.openapi;
  if (typeof version !== "string" || !/^3\.[01]\./.test(`${version}.`)) {
    const found = typeof value.swagger === "string" ? `Swagger ${value.swagger}` : String(version);
    throw new OpenApiDocumentError({
      document: label,
      pointer: "#/openapi",
      reason: `expected OpenAPI 3.0 or 3.1, found ${found}`,
    });
  }
  if (value.paths !== undefined && !isJsonObject(value.paths)) {
    throw new OpenApiDocumentError({
      document: label,
      pointer: "#/paths",
      reason: "paths must be an object",
    });
  }
  return value as unknown as ApiOpenApiDocument;
}
