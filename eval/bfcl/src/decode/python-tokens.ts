/** A token of a Python expression. */
export type PythonToken =
  | { kind: "name"; text: string; start: number }
  | { kind: "number"; text: string; start: number }
  | { kind: "string"; value: string; start: number; end: number }
  | { kind: "op"; text: string; start: number }
  | { kind: "end"; start: number };

const operators = [
  "**",
  "//",
  "->",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ":",
  "=",
  ".",
  "+",
  "-",
  "*",
  "/",
  "%",
  "@",
  "<",
  ">",
  "|",
  "&",
  "~",
  "^",
  "!",
  ";",
];
const namePattern = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/y;
const numberPattern =
  /(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?/y;
const prefixPattern = /(?:[rRbBuUfF]{1,2})?(?='|")/y;

/** Splits Python expression source into tokens; throws a `SyntaxError` on text Python would reject. */
export function tokenizePython(source: string): PythonToken[] {
  const tokens: PythonToken[] = [];
  let index = 0;
  while (index < source.length) {
    const character = source[index] as string;
    if (/\s/.test(character) || (character === "\\" && source[index + 1] === "\n")) {
      index += character === "\\" ? 2 : 1;
      continue;
    }
    if (character === "#") {
      const newline = source.indexOf("\n", index);
      index = newline === -1 ? source.length : newline;
      continue;
    }
    prefixPattern.lastIndex = index;
    const prefix = prefixPattern.exec(source);
    if (prefix !== null) {
      const { value, end } = readString(source, index + prefix[0].length, /[rR]/.test(prefix[0]));
      tokens.push({ kind: "string", value, start: index, end });
      index = end;
      continue;
    }
    numberPattern.lastIndex = index;
    const number = /[\d.]/.test(character) ? numberPattern.exec(source) : null;
    if (number !== null && number[0] !== ".") {
      tokens.push({ kind: "number", text: number[0], start: index });
      index += number[0].length;
      continue;
    }
    namePattern.lastIndex = index;
    const name = namePattern.exec(source);
    if (name !== null) {
      tokens.push({ kind: "name", text: name[0], start: index });
      index += name[0].length;
      continue;
    }
    const operator = operators.find((candidate) => source.startsWith(candidate, index));
    if (operator === undefined) {
      throw new SyntaxError(`invalid character ${JSON.stringify(character)} at ${index}`);
    }
    tokens.push({ kind: "op", text: operator, start: index });
    index += operator.length;
  }
  tokens.push({ kind: "end", start: source.length });
  return tokens;
}

const simpleEscapes: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\u0007",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

function readString(source: string, start: number, raw: boolean): { value: string; end: number } {
  const quote = source.startsWith(source[start]?.repeat(3) ?? "", start)
    ? (source[start] as string).repeat(3)
    : (source[start] as string);
  let index = start + quote.length;
  let value = "";
  while (index < source.length) {
    if (source.startsWith(quote, index)) {
      return { value, end: index + quote.length };
    }
    const character = source[index] as string;
    if (character === "\n" && quote.length === 1) {
      break;
    }
    if (character === "\\" && !raw) {
      const next = source[index + 1] ?? "";
      if (next in simpleEscapes) {
        value += simpleEscapes[next];
        index += 2;
        continue;
      }
      const hex = /^x([\da-fA-F]{2})|^u([\da-fA-F]{4})|^U([\da-fA-F]{8})/.exec(
        source.slice(index + 1, index + 10),
      );
      if (hex !== null) {
        value += String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? "0", 16));
        index += 1 + hex[0].length;
        continue;
      }
      const octal = /^[0-7]{1,3}/.exec(source.slice(index + 1, index + 4));
      if (octal !== null) {
        value += String.fromCodePoint(Number.parseInt(octal[0], 8));
        index += 1 + octal[0].length;
        continue;
      }
      value += character;
      index++;
      continue;
    }
    if (character === "\\" && raw) {
      value += character + (source[index + 1] ?? "");
      index += 2;
      continue;
    }
    value += character;
    index++;
  }
  throw new SyntaxError(`unterminated string literal at ${start}`);
}
