import type { JsonSchema } from "../../schemas/json-schema.js";
import { type AtomParameter, buildAtom, unionOf } from "./python-type-atoms.js";

/** What a Python-style type string says: the value's schema and the `optional` / `default` modifiers. */
export interface ParsedPythonType {
  /** JSON Schema of the values the type admits (no `description`, no `default`). */
  schema: JsonSchema;
  /** True when the string carries the `optional` modifier (`"str, optional"`). */
  optional: boolean;
  /** The text after `default:` or `default=`, trimmed, when the string carries one. */
  defaultText?: string;
}

const namePattern = /[A-Za-z_][A-Za-z0-9_.]*/y;

/**
 * Recursive-descent parser of one type string. Grammar:
 * `typeString := typeExpr ("," modifier)*`, `modifier := "optional" | "default" (":" | "=") rest`,
 * `typeExpr := atom (("|" | "or") atom)*`, `atom := NAME ("[" parameter ("," parameter)* "]")?`,
 * `parameter := typeExpr | "..." | "[" (typeExpr ("," typeExpr)*)? "]"`.
 * `fail` receives a reason (what is wrong) and must throw.
 */
export class PythonTypeParser {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly fail: (reason: string) => never,
  ) {}

  parse(): ParsedPythonType {
    this.skipSpaces();
    if (this.atEnd()) {
      this.fail("is empty");
    }
    const schema = this.typeExpression();
    let optional = false;
    let defaultText: string | undefined;
    for (;;) {
      this.skipSpaces();
      if (this.atEnd()) {
        break;
      }
      if (this.peek() !== ",") {
        this.fail(`has unexpected text ${JSON.stringify(this.text.slice(this.index))} after the type`);
      }
      this.index++;
      this.skipSpaces();
      const word = this.name();
      const keyword = word.toLowerCase();
      if (keyword === "optional") {
        if (optional) {
          this.fail("repeats the modifier 'optional'");
        }
        optional = true;
      } else if (keyword === "default") {
        defaultText = this.defaultValue();
      } else if (word === "") {
        this.fail(this.atEnd() ? "ends with a comma" : "has an empty modifier between commas");
      } else {
        this.fail(
          `has the unknown modifier ${JSON.stringify(word)} (expected 'optional' or 'default: value')`,
        );
      }
    }
    return defaultText === undefined ? { schema, optional } : { schema, optional, defaultText };
  }

  private defaultValue(): string {
    this.skipSpaces();
    const separator = this.peek();
    if (separator !== ":" && separator !== "=") {
      this.fail("has 'default' without ':' or '=' after it");
    }
    const value = this.text.slice(this.index + 1).trim();
    this.index = this.text.length;
    if (value === "") {
      this.fail("has 'default' without a value");
    }
    return value;
  }

  private typeExpression(): JsonSchema {
    const members = [this.atom()];
    for (;;) {
      const before = this.index;
      this.skipSpaces();
      if (this.peek() === "|") {
        this.index++;
      } else if (
        this.index > before &&
        this.text.startsWith("or", this.index) &&
        this.isSpaceAt(this.index + 2)
      ) {
        this.index += 2;
      } else {
        this.index = before;
        return unionOf(members);
      }
      members.push(this.atom());
    }
  }

  private atom(): JsonSchema {
    this.skipSpaces();
    const start = this.index;
    const name = this.name();
    if (name === "") {
      this.fail(
        this.atEnd()
          ? "ends where a type name was expected"
          : `has ${JSON.stringify(this.peek())} where a type name was expected`,
      );
    }
    const afterName = this.index;
    this.skipSpaces();
    let parameters: AtomParameter[] | undefined;
    if (this.peek() === "[") {
      parameters = this.parameterList(name);
    } else {
      this.index = afterName;
    }
    return buildAtom({ name, parameters, text: this.text.slice(start, this.index), fail: this.fail });
  }

  private parameterList(name: string): AtomParameter[] {
    this.index++;
    this.skipSpaces();
    if (this.peek() === "]") {
      this.fail(`has an empty parameter list after ${JSON.stringify(name)}`);
    }
    const parameters: AtomParameter[] = [];
    for (;;) {
      parameters.push(this.parameter(name));
      this.skipSpaces();
      const character = this.peek();
      this.index++;
      if (character === "]") {
        return parameters;
      }
      if (character !== ",") {
        this.index--;
        this.fail(
          this.atEnd()
            ? `is missing a closing ']' after the parameters of ${JSON.stringify(name)}`
            : `has ${JSON.stringify(character)} where ',' or ']' was expected`,
        );
      }
    }
  }

  private parameter(name: string): AtomParameter {
    this.skipSpaces();
    if (this.text.startsWith("...", this.index)) {
      this.index += 3;
      return { kind: "ellipsis" };
    }
    if (this.peek() !== "[") {
      return { kind: "type", schema: this.typeExpression() };
    }
    this.index++;
    const items: JsonSchema[] = [];
    this.skipSpaces();
    if (this.peek() === "]") {
      this.index++;
      return { kind: "list", items };
    }
    for (;;) {
      items.push(this.typeExpression());
      this.skipSpaces();
      const character = this.peek();
      this.index++;
      if (character === "]") {
        return { kind: "list", items };
      }
      if (character !== ",") {
        this.index--;
        this.fail(`is missing a closing ']' in a parameter list of ${JSON.stringify(name)}`);
      }
    }
  }

  private name(): string {
    namePattern.lastIndex = this.index;
    const match = namePattern.exec(this.text);
    if (match === null) {
      return "";
    }
    this.index += match[0].length;
    return match[0];
  }

  private peek(): string {
    return this.text.charAt(this.index);
  }

  private atEnd(): boolean {
    return this.index >= this.text.length;
  }

  private isSpaceAt(position: number): boolean {
    return /\s/.test(this.text.charAt(position));
  }

  private skipSpaces(): void {
    while (this.isSpaceAt(this.index)) {
      this.index++;
    }
  }
}
