import { JsonFloat } from "@apigen/core";
import { PythonTuple, pythonType } from "../python/python-value.js";
import type { PythonNode } from "./python-expression.js";
import { unparsePython } from "./unparse-python.js";

type Constant = Extract<PythonNode, { type: "Constant" }>["value"];

function constantValue(value: Constant): unknown {
  if (value !== null && typeof value === "object") {
    if ("ellipsis" in value) {
      return "...";
    }
    return Number.isInteger(value.float) ? new JsonFloat(value.float) : value.float;
  }
  return value;
}

/** The dotted name of a call's function: `a.b.c(...)` → `a.b.c`. */
export function callName(func: PythonNode): string {
  const parts: string[] = [];
  let node = func;
  while (node.type === "Attribute") {
    parts.push(node.attr);
    node = node.value;
  }
  if (node.type === "Name") {
    parts.push(node.id);
  }
  return parts.reverse().join(".");
}

/**
 * BFCL's `resolve_ast_call`: a call → `{name: {keyword: value}}`; positional arguments are dropped, as there,
 * unless `parameterOrder` names the function's parameters: then they bind in that order, as Python binds them
 * when it runs the call (the executable categories' ground truths are run, not parsed).
 */
export function resolveCall(
  node: Extract<PythonNode, { type: "Call" }>,
  parameterOrder?: (name: string) => readonly string[] | undefined,
): Record<string, Record<string, unknown>> {
  const args: Record<string, unknown> = {};
  const order = parameterOrder?.(callName(node.func)) ?? [];
  for (const [index, value] of node.args.entries()) {
    const name = order[index];
    if (name !== undefined) {
      args[name] = resolvePythonValue(value);
    }
  }
  for (const keyword of node.keywords) {
    args[keyword.arg] = resolvePythonValue(keyword.value);
  }
  return { [callName(node.func)]: args };
}

/**
 * BFCL's `resolve_ast_by_type`: constants as values, a unary operator on a constant as its negation, names as
 * strings, calls without keywords and subscripts as their source text, calls with keywords as nested calls,
 * constant arithmetic evaluated; anything else is a decoding error.
 */
export function resolvePythonValue(node: PythonNode): unknown {
  switch (node.type) {
    case "Constant":
      return constantValue(node.value);
    case "UnaryOp": {
      if (node.operand.type !== "Constant") {
        throw new SyntaxError("a unary operator applies to a constant only");
      }
      return negate(constantValue(node.operand.value));
    }
    case "List":
      return node.elts.map(resolvePythonValue);
    case "Tuple":
      return new PythonTuple(node.elts.map(resolvePythonValue) as never[]);
    case "Dict": {
      const result: Record<string, unknown> = {};
      node.keys.forEach((key, index) => {
        result[String(resolvePythonValue(key))] = resolvePythonValue(node.values[index] as PythonNode);
      });
      return result;
    }
    case "Name":
      return node.id;
    case "Call":
      return node.keywords.length === 0 ? unparsePython(node) : resolveCall(node);
    case "Subscript":
      return unparsePython(node);
    case "BinOp":
      return evaluate(node);
    default:
      throw new SyntaxError(`cannot resolve a ${node.type} value`);
  }
}

function negate(value: unknown): unknown {
  if (typeof value === "number" || typeof value === "boolean") {
    return -Number(value);
  }
  if (typeof value === "bigint") {
    return -value;
  }
  if (JsonFloat.isInstance(value)) {
    return new JsonFloat(-value.value);
  }
  throw new TypeError(`bad operand type for unary -: '${pythonType(value)}'`);
}

function evaluate(node: PythonNode): unknown {
  if (node.type !== "BinOp") {
    if (node.type === "Constant") {
      return constantValue(node.value);
    }
    if (node.type === "UnaryOp") {
      return negate(evaluate(node.operand));
    }
    if (node.type === "List") {
      return node.elts.map(evaluate);
    }
    throw new SyntaxError(`cannot evaluate a ${node.type}`);
  }
  const left = evaluate(node.left);
  const right = evaluate(node.right);
  if (typeof left === "string" && typeof right === "string" && node.op === "+") {
    return left + right;
  }
  if (Array.isArray(left) && Array.isArray(right) && node.op === "+") {
    return [...left, ...right];
  }
  const isFloat = pythonType(left) === "float" || pythonType(right) === "float" || node.op === "/";
  const a = Number(JsonFloat.isInstance(left) ? left.value : left);
  const b = Number(JsonFloat.isInstance(right) ? right.value : right);
  if (Number.isNaN(a) || Number.isNaN(b)) {
    throw new TypeError(`unsupported operand types for ${node.op}`);
  }
  const results: Record<string, () => number> = {
    "+": () => a + b,
    "-": () => a - b,
    "*": () => a * b,
    "/": () => a / b,
    "//": () => Math.floor(a / b),
    "%": () => a - b * Math.floor(a / b),
    "**": () => a ** b,
  };
  const compute = results[node.op];
  if (compute === undefined) {
    throw new SyntaxError(`operator ${node.op} is not supported`);
  }
  const result = compute();
  return isFloat && Number.isInteger(result) ? new JsonFloat(result) : result;
}
