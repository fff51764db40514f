import { type PythonToken, tokenizePython } from "./python-tokens.js";

/** A node of the Python expression grammar the BFCL decoder needs (a subset of Python's `ast`). */
export type PythonNode =
  | {
      type: "Constant";
      value: string | number | bigint | boolean | null | { float: number } | { ellipsis: true };
    }
  | { type: "Name"; id: string }
  | { type: "Attribute"; value: PythonNode; attr: string }
  | {
      type: "Call";
      func: PythonNode;
      args: PythonNode[];
      keywords: Array<{ arg: string; value: PythonNode }>;
    }
  | { type: "List" | "Tuple" | "Set"; elts: PythonNode[] }
  | { type: "Dict"; keys: PythonNode[]; values: PythonNode[] }
  | { type: "UnaryOp"; op: string; operand: PythonNode }
  | { type: "BinOp"; left: PythonNode; op: string; right: PythonNode }
  | { type: "Subscript"; value: PythonNode; slice: PythonNode };

const binaryLevels: string[][] = [["|"], ["^"], ["&"], ["+", "-"], ["*", "/", "//", "%", "@"]];

/** Parses one Python expression (`ast.parse(source, mode="eval").body`); throws `SyntaxError` otherwise. */
export function parsePythonExpression(source: string): PythonNode {
  const tokens = tokenizePython(source);
  let position = 0;
  const peek = (): PythonToken => tokens[position] as PythonToken;
  const isOp = (text: string): boolean => {
    const token = peek();
    return token.kind === "op" && token.text === text;
  };
  const expectOp = (text: string): void => {
    if (!isOp(text)) {
      throw new SyntaxError(`expected '${text}' at ${peek().start}`);
    }
    position++;
  };

  const expression = (): PythonNode => {
    const token = peek();
    if (token.kind === "name" && token.text === "lambda") {
      throw new SyntaxError("lambda expressions are not supported");
    }
    return binary(0);
  };
  const binary = (level: number): PythonNode => {
    if (level >= binaryLevels.length) {
      return unary();
    }
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      if (token.kind !== "op" || !(binaryLevels[level] as string[]).includes(token.text)) {
        return left;
      }
      position++;
      left = { type: "BinOp", left, op: token.text, right: binary(level + 1) };
    }
  };
  const unary = (): PythonNode => {
    const token = peek();
    if (token.kind === "op" && ["-", "+", "~"].includes(token.text)) {
      position++;
      return { type: "UnaryOp", op: token.text, operand: unary() };
    }
    const base = postfix();
    if (isOp("**")) {
      position++;
      return { type: "BinOp", left: base, op: "**", right: unary() };
    }
    return base;
  };
  const postfix = (): PythonNode => {
    let node = atom();
    for (;;) {
      if (isOp(".")) {
        position++;
        const name = peek();
        if (name.kind !== "name") {
          throw new SyntaxError(`expected an attribute name at ${name.start}`);
        }
        position++;
        node = { type: "Attribute", value: node, attr: name.text };
      } else if (isOp("(")) {
        position++;
        node = call(node);
      } else if (isOp("[")) {
        position++;
        const slice = sequenceOrSingle("]");
        node = { type: "Subscript", value: node, slice };
      } else {
        return node;
      }
    }
  };
  const call = (func: PythonNode): PythonNode => {
    const args: PythonNode[] = [];
    const keywords: Array<{ arg: string; value: PythonNode }> = [];
    while (!isOp(")")) {
      const token = peek();
      const next = tokens[position + 1];
      if (token.kind === "name" && next?.kind === "op" && next.text === "=") {
        position += 2;
        keywords.push({ arg: token.text, value: expression() });
      } else {
        if (keywords.length > 0) {
          throw new SyntaxError("positional argument follows keyword argument");
        }
        args.push(expression());
      }
      if (!isOp(")")) {
        expectOp(",");
      }
    }
    position++;
    return { type: "Call", func, args, keywords };
  };
  const sequenceOrSingle = (close: string): PythonNode => {
    const elts: PythonNode[] = [];
    let trailingComma = false;
    while (!isOp(close)) {
      elts.push(expression());
      trailingComma = false;
      if (!isOp(close)) {
        expectOp(",");
        trailingComma = true;
      }
    }
    position++;
    return elts.length === 1 && !trailingComma ? (elts[0] as PythonNode) : { type: "Tuple", elts };
  };
  const atom = (): PythonNode => {
    const token = peek();
    position++;
    switch (token.kind) {
      case "number":
        return { type: "Constant", value: numberValue(token.text) };
      case "string": {
        let value = token.value;
        while (peek().kind === "string") {
          value += (peek() as { value: string }).value;
          position++;
        }
        return { type: "Constant", value };
      }
      case "name":
        if (token.text === "True" || token.text === "False") {
          return { type: "Constant", value: token.text === "True" };
        }
        return token.text === "None" ? { type: "Constant", value: null } : { type: "Name", id: token.text };
      case "op":
        if (token.text === "(") {
          return sequenceOrSingle(")");
        }
        if (token.text === "[") {
          const list = sequenceOrSingle("]");
          return list.type === "Tuple" ? { type: "List", elts: list.elts } : { type: "List", elts: [list] };
        }
        if (token.text === "{") {
          return braces();
        }
        if (token.text === "." && isOp(".") && tokens[position + 1]?.kind === "op") {
          position += 2;
          return { type: "Constant", value: { ellipsis: true } };
        }
        throw new SyntaxError(`unexpected '${token.text}' at ${token.start}`);
      default:
        throw new SyntaxError("unexpected end of input");
    }
  };
  const braces = (): PythonNode => {
    const keys: PythonNode[] = [];
    const values: PythonNode[] = [];
    const elts: PythonNode[] = [];
    while (!isOp("}")) {
      const key = expression();
      if (isOp(":")) {
        position++;
        keys.push(key);
        values.push(expression());
      } else {
        elts.push(key);
      }
      if (!isOp("}")) {
        expectOp(",");
      }
    }
    position++;
    if (elts.length > 0 && keys.length > 0) {
      throw new SyntaxError("a literal mixes a set and a dict");
    }
    return elts.length > 0 ? { type: "Set", elts } : { type: "Dict", keys, values };
  };

  const node = expression();
  if (peek().kind !== "end") {
    throw new SyntaxError(`unexpected text at ${peek().start}`);
  }
  return node;
}

function numberValue(
  text: string,
): PythonNode extends never ? never : Extract<PythonNode, { type: "Constant" }>["value"] {
  const clean = text.replaceAll("_", "");
  if (/[jJ]$/.test(clean)) {
    throw new SyntaxError("complex numbers are not supported");
  }
  if (/^0[xXoObB]/.test(clean)) {
    return Number(clean);
  }
  if (/[.eE]/.test(clean)) {
    return { float: Number(clean) };
  }
  const value = BigInt(clean);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
