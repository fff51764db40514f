import { ApigenError } from "@apigen/core";

const marker = "apigen.error.OpenApiDocumentError";
const symbol = Symbol.for(marker);

/**
 * An OpenAPI document that cannot be read or used: a missing file, text that is neither JSON nor YAML, a
 * version other than 3.x, a `$ref` that points nowhere or outside the document. The message names the document
 * and, where known, the JSON pointer of the part at fault.
 *
 * @example
 * try { await source.listTools() } catch (error) { if (OpenApiDocumentError.isInstance(error)) console.error(error.pointer) }
 */
export class OpenApiDocumentError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "OpenApiDocumentError" as const;
  /** The document's path, or `"(object)"` for a document passed as an object. */
  readonly document: string;
  /** JSON pointer of the offending part, e.g. `#/paths/~1books/get/parameters/0`, where known. */
  readonly pointer: string | undefined;

  constructor({
    document,
    pointer,
    reason,
    cause,
  }: { document: string; pointer?: string; reason: string; cause?: unknown }) {
    super({
      message: `OpenAPI document ${document}${pointer === undefined ? "" : ` at ${pointer}`}: ${reason}`,
      cause,
    });
    this.document = document;
    this.pointer = pointer;
  }

  static override isInstance(error: unknown): error is OpenApiDocumentError {
    return ApigenError.hasMarker(error, marker);
  }
}
