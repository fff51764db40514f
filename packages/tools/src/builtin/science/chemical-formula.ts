import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { elementsBySymbol } from "./data/elements.js";

/** Element symbol to number of atoms. */
export type Counts = Map<string, number>;

function add(into: Counts, from: Counts, times: number): void {
  for (const [symbol, count] of from) {
    into.set(symbol, (into.get(symbol) ?? 0) + count * times);
  }
}

/** Parses one hydrate-free part such as "Ca(OH)2" or "K4[Fe(CN)6]" into element counts. */
function parsePart(text: string, formula: string): Counts {
  const stack: Counts[] = [new Map()];
  const closers: string[] = [];
  const pattern = /([A-Z][a-z]?)|(\d+)|([([])|([)\]])|(.)/g;
  let last: Counts | undefined;
  for (const match of text.matchAll(pattern)) {
    const [token, symbol, digits, open, close, other] = match;
    const top = stack[stack.length - 1] as Counts;
    if (symbol !== undefined) {
      if (!elementsBySymbol.has(symbol)) {
        throw new ToolArgumentError({
          message: `unknown element symbol '${symbol}' in '${formula}': symbols are case-sensitive, e.g. Co (cobalt) vs CO (carbon + oxygen)`,
          argument: "formula",
        });
      }
      last = new Map([[symbol, 1]]);
      add(top, last, 1);
    } else if (digits !== undefined) {
      if (Number(digits) === 0) {
        throw new ToolArgumentError({
          message: `a count of 0 in '${formula}' is not allowed: leave the element out`,
          argument: "formula",
        });
      }
      if (last === undefined) {
        throw new ToolArgumentError({
          message: `a count must follow an element or a group in '${formula}'`,
          argument: "formula",
        });
      }
      add(top, last, Number(digits) - 1);
      last = undefined;
    } else if (open !== undefined) {
      stack.push(new Map());
      closers.push(open === "(" ? ")" : "]");
      last = undefined;
    } else if (close !== undefined) {
      const group = stack.pop();
      if (group === undefined || stack.length === 0 || closers.pop() !== close) {
        throw new ToolArgumentError({
          message: `unbalanced '${close}' in '${formula}'`,
          argument: "formula",
        });
      }
      add(stack[stack.length - 1] as Counts, group, 1);
      last = group;
    } else {
      throw new ToolArgumentError({
        message: `unexpected character '${other ?? token}' in '${formula}'; use element symbols, digits, () or [] and '·' for hydrates`,
        argument: "formula",
      });
    }
  }
  if (stack.length !== 1) {
    throw new ToolArgumentError({ message: `unclosed bracket in '${formula}'`, argument: "formula" });
  }
  return stack[0] as Counts;
}

/** Parses a whole formula, hydrates included ("CuSO4·5H2O"), into element counts in order of appearance. */
export function parseFormula(formula: string): Counts {
  const counts: Counts = new Map();
  for (const part of formula.replace(/\s+/g, "").split(/[·*•]/)) {
    const coefficient = /^\d+/.exec(part)?.[0];
    const body = coefficient === undefined ? part : part.slice(coefficient.length);
    if (body === "") {
      throw new ToolArgumentError({ message: `empty part in '${formula}'`, argument: "formula" });
    }
    add(counts, parsePart(body, formula), coefficient === undefined ? 1 : Number(coefficient));
  }
  return counts;
}
