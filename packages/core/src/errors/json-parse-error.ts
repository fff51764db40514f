import { ApigenError } from "./apigen-error.js";

const marker = "apigen.error.JsonParseError";
const symbol = Symbol.for(marker);

/** Text that is not valid JSON. Carries where it broke: the offset, line and column (both 1-based). */
export class JsonParseError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "JsonParseError" as const;
  /** 0-based offset into the text. */
  readonly position: number;
  /** 1-based line of the offending character. */
  readonly line: number;
  /** 1-based column of the offending character. */
  readonly column: number;

  constructor({ reason, text, position }: { reason: string; text: string; position: number }) {
    const { line, column } = locate(text, position);
    super({ message: `Invalid JSON at line ${line}, column ${column}: ${reason}` });
    this.position = position;
    this.line = line;
    this.column = column;
  }

  static override isInstance(error: unknown): error is JsonParseError {
    return ApigenError.hasMarker(error, marker);
  }
}

function locate(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}
