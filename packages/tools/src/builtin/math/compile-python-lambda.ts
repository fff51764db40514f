import { ToolArgumentError } from "../../errors/tool-argument-error.js";

type Expression = (x: number) => number;

const functions: Record<string, (value: number) => number> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  sqrt: Math.sqrt,
  abs: Math.abs,
};
const constants: Record<string, number> = { pi: Math.PI, e: Math.E };

function fail(message: string): never {
  throw new ToolArgumentError({
    message: `cannot read the function: ${message}; write a Python lambda of one variable such as 'lambda x: 3*x**2 + 2*x + 1' (+ - * / ** and parentheses, math.sin/cos/tan/exp/log/sqrt, math.pi, math.e)`,
    argument: "function",
  });
}

/**
 * Compiles a one-variable Python lambda (`lambda x: 3*x**2 + math.sin(x)`) into a function, with Python's
 * precedence (`-x**2` is `-(x**2)`, `**` is right-associative). Throws `ToolArgumentError` for anything else.
 *
 * @example
 * compilePythonLambda("lambda x: x**2")(3); // 9
 */
export function compilePythonLambda(source: string): Expression {
  const header = /^\s*lambda\s+([A-Za-z_]\w*)\s*:(.*)$/s.exec(source);
  if (header === null) {
    fail("it does not start with 'lambda <variable>:'");
  }
  const variable = header[1] ?? "x";
  const tokens =
    header[2]?.match(/\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|[A-Za-z_][\w.]*|\*\*|\S/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const take = (expected?: string) => {
    const token = tokens[position];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      fail(`expected ${expected ?? "more"} at '${token ?? "the end"}'`);
    }
    position += 1;
    return token;
  };
  const sum = (): Expression => {
    let left = product();
    while (peek() === "+" || peek() === "-") {
      const op = take();
      const [l, r] = [left, product()];
      left = op === "+" ? (x) => l(x) + r(x) : (x) => l(x) - r(x);
    }
    return left;
  };
  const product = (): Expression => {
    let left = unary();
    while (peek() === "*" || peek() === "/") {
      const op = take();
      const [l, r] = [left, unary()];
      left = op === "*" ? (x) => l(x) * r(x) : (x) => l(x) / r(x);
    }
    return left;
  };
  const unary = (): Expression => {
    if (peek() === "-" || peek() === "+") {
      const negative = take() === "-";
      const operand = unary();
      return negative ? (x) => -operand(x) : operand;
    }
    const base = atom();
    if (peek() === "**") {
      take();
      const exponent = unary();
      return (x) => base(x) ** exponent(x);
    }
    return base;
  };
  const atom = (): Expression => {
    const token = take();
    if (token === "(") {
      const inner = sum();
      take(")");
      return inner;
    }
    if (/^[\d.]/.test(token)) {
      const value = Number(token);
      return () => value;
    }
    if (token === variable) {
      return (x) => x;
    }
    const name = token.replace(/^(math|np|numpy)\./, "");
    const constant = constants[name];
    if (constant !== undefined) {
      return () => constant;
    }
    const apply = functions[name];
    if (apply === undefined) {
      fail(`unknown name '${token}'`);
    }
    take("(");
    const argument = sum();
    take(")");
    return (x) => apply(argument(x));
  };
  const expression = sum();
  if (position !== tokens.length) {
    fail(`unexpected '${peek()}'`);
  }
  return expression;
}
