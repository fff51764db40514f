import { isJsonObject, parseJson } from "@apigen/core";
import type { DecodedCall } from "../ast/simple-function-checker.js";
import { parsePythonExpression } from "./python-expression.js";
import { resolveCall } from "./resolve-python-value.js";

/** How a model answered: text in Python call syntax or JSON (prompting models), or native tool calls. */
export type ModelOutputFormat = "python" | "json" | "function-calling" | "xlam";

/**
 * BFCL's decoding of a prompting model's Python answer (`default_decode_ast_prompting` + `ast_parse`): strip
 * backticks, newlines and spaces at both ends, wrap in `[...]`, parse, and keep every element only if it is a
 * call. Positional arguments are dropped, as the official decoder drops them. Throws on anything else.
 */
export function decodePythonCalls(
  text: string,
  parameterOrder?: (name: string) => readonly string[] | undefined,
): DecodedCall[] {
  let source = text.replace(/^[`\n ]+|[`\n ]+$/g, "");
  if (!source.startsWith("[")) {
    source = `[${source}`;
  }
  if (!source.endsWith("]")) {
    source = `${source}]`;
  }
  source = source.trim().replace(/^'+|'+$/g, "");
  const node = parsePythonExpression(source);
  if (node.type === "Call") {
    return [resolveCall(node, parameterOrder)];
  }
  if (node.type !== "List" && node.type !== "Tuple" && node.type !== "Set") {
    throw new SyntaxError("the answer is not a list of calls");
  }
  return node.elts.map((element) => {
    if (element.type !== "Call") {
      throw new SyntaxError("every element of the answer must be a call");
    }
    return resolveCall(element, parameterOrder);
  });
}

/** BFCL's JSON return format: the first `[...{...}...]` list of `{"function": name, "parameters": {...}}`. */
export function decodeJsonCalls(text: string): DecodedCall[] {
  const list = /\[\s*\{.*?\}\s*(?:,\s*\{.*?\}\s*)*\]/s.exec(/\[.*\]/s.exec(text)?.[0] ?? "")?.[0];
  if (list === undefined) {
    return [];
  }
  let parsed: unknown;
  try {
    parsed = parseJson(list);
  } catch {
    return [];
  }
  return (Array.isArray(parsed) ? parsed : []).map((item) => {
    if (!isJsonObject(item) || typeof item.function !== "string" || !isJsonObject(item.parameters)) {
      throw new SyntaxError("every call needs a function name and a parameters object");
    }
    return { [item.function]: item.parameters };
  });
}

/** Native tool calls: a list of `{name: "<JSON arguments>"}` (OpenAI-style handlers) or `{name, arguments}`. */
export function decodeFunctionCallingOutput(output: unknown): DecodedCall[] {
  if (!Array.isArray(output)) {
    throw new SyntaxError("function-calling output must be a list of calls");
  }
  return output.map((item) => {
    if (isJsonObject(item) && typeof item.name === "string" && "arguments" in item) {
      const args = typeof item.arguments === "string" ? parseJson(item.arguments) : item.arguments;
      return { [item.name]: args as Record<string, unknown> };
    }
    if (!isJsonObject(item) || Object.keys(item).length !== 1) {
      throw new SyntaxError("each call must be {name: arguments}");
    }
    const [name, args] = Object.entries(item)[0] as [string, unknown];
    return { [name]: (typeof args === "string" ? parseJson(args) : args) as Record<string, unknown> };
  });
}

/**
 * xLAM models' answers: JSON, either `{"tool_calls": [...]}`, a list of `{name, arguments}`, or one such object;
 * text that is not JSON is split on `;` into such objects, as the official xLAM handlers do.
 */
export function decodeXlamCalls(text: string): DecodedCall[] {
  const toCalls = (value: unknown): DecodedCall[] => {
    const list = isJsonObject(value) && Array.isArray(value.tool_calls) ? value.tool_calls : value;
    return decodeFunctionCallingOutput(Array.isArray(list) ? list : [list]);
  };
  try {
    return toCalls(parseJson(text.trim()));
  } catch {
    return text
      .split(";")
      .filter((part) => part.trim() !== "")
      .flatMap((part) => toCalls(parseJson(part.trim())));
  }
}

/** True when decoded output is a list of one-key objects whose value is an object (`[]` included). */
export function isFunctionCallingFormat(decoded: unknown): decoded is DecodedCall[] {
  return (
    Array.isArray(decoded) &&
    decoded.every(
      (item) => isJsonObject(item) && Object.keys(item).length === 1 && isJsonObject(Object.values(item)[0]),
    )
  );
}

/** True when decoded output holds no call: not in call format, `[]`, or `[{}]`. */
export function isEmptyOutput(decoded: unknown): boolean {
  if (!isFunctionCallingFormat(decoded)) {
    return true;
  }
  return decoded.length === 0 || (decoded.length === 1 && Object.keys(decoded[0] as object).length === 0);
}
