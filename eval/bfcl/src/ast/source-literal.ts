import { JsonFloat } from "@apigen/core";

/** Splits source text on a separator at the top level only: not inside quotes, brackets, braces or parentheses. */
export function splitTopLevel(text: string, separator = ","): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = "";
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (quote !== undefined) {
      current += character;
      if (character === "\\") {
        current += text[index + 1] ?? "";
        index++;
      } else if (character === quote) {
        quote = undefined;
      }
      continue;
    }
    if (character === '"' || character === "'" || character === "`") {
      quote = character;
    } else if ("([{".includes(character)) {
      depth++;
    } else if (")]}".includes(character)) {
      depth--;
    } else if (character === separator && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += character;
  }
  if (current.trim() !== "" || parts.length > 0) {
    parts.push(current.trim());
  }
  return parts;
}

/**
 * A literal written in Java or JavaScript source, as BFCL's converters read map and object values: a quoted
 * string loses its quotes, `true`/`false` are booleans, integer and decimal literals are numbers, `[...]` is a
 * list and `{k: v}` an object of such values; anything else stays as text.
 */
export function sourceLiteral(text: string): unknown {
  const trimmed = text.trim();
  if (/^".*"$|^'.*'$|^`.*`$/s.test(trimmed)) {
    return trimmed.slice(1, -1);
  }
  if (trimmed === "true" || trimmed === "false") {
    return trimmed === "true";
  }
  if (/^-?\d+$/.test(trimmed)) {
    return Number.parseInt(trimmed, 10);
  }
  if (/^-?\d+\.\d+$/.test(trimmed)) {
    const number = Number.parseFloat(trimmed);
    return Number.isInteger(number) ? new JsonFloat(number) : number;
  }
  if (/^\[.*\]$/s.test(trimmed)) {
    return splitTopLevel(trimmed.slice(1, -1)).map(sourceLiteral);
  }
  if (/^\{.*\}$/s.test(trimmed)) {
    return sourceObject(trimmed);
  }
  return trimmed;
}

/** `{key: value, 'key2': value}` → an object of {@link sourceLiteral} values; text that is not one stays text. */
export function sourceObject(text: string): unknown {
  const body = /^\{(.*)\}$/s.exec(text.trim())?.[1];
  if (body === undefined) {
    return text;
  }
  const entries: Record<string, unknown> = {};
  for (const pair of splitTopLevel(body)) {
    const [key = "", ...rest] = splitTopLevel(pair, ":");
    if (rest.length === 0) {
      return text;
    }
    entries[String(sourceLiteral(key))] = sourceLiteral(rest.join(":"));
  }
  return entries;
}
