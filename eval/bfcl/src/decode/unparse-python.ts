import type { PythonNode } from "./python-expression.js";

function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text
    .replaceAll("\\", "\\\\")
    .replaceAll("\n", "\\n")
    .replaceAll("\t", "\\t")
    .replaceAll(quote, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** Python's `ast.unparse` for the node types the decoder handles, used where BFCL keeps source text. */
export function unparsePython(node: PythonNode): string {
  switch (node.type) {
    case "Constant": {
      const value = node.value;
      if (value === null) {
        return "None";
      }
      if (typeof value === "boolean") {
        return value ? "True" : "False";
      }
      if (typeof value === "string") {
        return pythonRepr(value);
      }
      if (typeof value === "object") {
        return "ellipsis" in value
          ? "..."
          : Number.isInteger(value.float)
            ? `${value.float}.0`
            : String(value.float);
      }
      return String(value);
    }
    case "Name":
      return node.id;
    case "Attribute":
      return `${unparsePython(node.value)}.${node.attr}`;
    case "Call": {
      const args = [
        ...node.args.map(unparsePython),
        ...node.keywords.map((keyword) => `${keyword.arg}=${unparsePython(keyword.value)}`),
      ];
      return `${unparsePython(node.func)}(${args.join(", ")})`;
    }
    case "List":
      return `[${node.elts.map(unparsePython).join(", ")}]`;
    case "Set":
      return `{${node.elts.map(unparsePython).join(", ")}}`;
    case "Tuple":
      return node.elts.length === 1
        ? `(${unparsePython(node.elts[0] as PythonNode)},)`
        : `(${node.elts.map(unparsePython).join(", ")})`;
    case "Dict":
      return `{${node.keys.map((key, index) => `${unparsePython(key)}: ${unparsePython(node.values[index] as PythonNode)}`).join(", ")}}`;
    case "UnaryOp":
      return `${node.op}${unparsePython(node.operand)}`;
    case "BinOp":
      return `${unparsePython(node.left)} ${node.op} ${unparsePython(node.right)}`;
    case "Subscript": {
      const slice =
        node.slice.type === "Tuple"
          ? node.slice.elts.map(unparsePython).join(", ")
          : unparsePython(node.slice);
      return `${unparsePython(node.value)}[${slice}]`;
    }
    default:
      return "";
  }
}
