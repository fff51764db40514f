import { isJsonObject, type JsonSchema, type JsonValue, type Tool, type ToolCall } from "@apigen/core";
import { type GroundingBasis, groundValue } from "./ground-value.js";
import { type QueryFacts, readQueryFacts } from "./read-query-facts.js";

/** Options of {@link checkGrounding}. */
export interface CheckGroundingOptions {
  query: string;
  calls: readonly ToolCall[];
  /** The tools offered; their parameter schemas give defaults and enums. */
  tools: readonly Tool[];
  /**
   * Strings longer than this many characters are checked by word overlap instead of as a whole.
   * @default 60
   */
  longTextChars?: number;
  /**
   * The share of a long text's content words (three letters or more, not stop words) that must appear in the
   * query.
   * @default 0.5
   */
  minOverlap?: number;
}

/** What the grounding check found for one literal argument value. */
export interface GroundingFinding {
  /** JSON path of the value in the candidate, e.g. `$.answers[0].arguments.city`. */
  path: string;
  /** The call's tool name. */
  tool: string;
  value: JsonValue;
  grounded: boolean;
  /** Why it counts as grounded (`text`, `number`, `date`, `default`, `enum`, ...), or `missing`. */
  basis: GroundingBasis;
}

/** The findings for every literal argument value of a candidate. */
export interface GroundingReport {
  /** True when no value is ungrounded. */
  grounded: boolean;
  findings: GroundingFinding[];
  /** The findings whose value was not found in the query. */
  ungrounded: GroundingFinding[];
}

interface Walk {
  facts: QueryFacts;
  tool: string;
  longTextChars: number;
  minOverlap: number;
  findings: GroundingFinding[];
}

function childSchema(schema: JsonSchema | undefined, key: string | number): JsonSchema | undefined {
  if (schema === undefined) {
    return undefined;
  }
  if (typeof key === "number") {
    const items = schema.prefixItems?.[key] ?? schema.items;
    return typeof items === "object" ? items : undefined;
  }
  const property = schema.properties?.[key] ?? schema.additionalProperties;
  return typeof property === "object" ? property : undefined;
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === "number") {
    return `${parent}[${key}]`;
  }
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

function walk(value: JsonValue, schema: JsonSchema | undefined, path: string, state: Walk): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, childSchema(schema, index), pathOf(path, index), state);
    });
    return;
  }
  if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      walk(item, childSchema(schema, key), pathOf(path, key), state);
    }
    return;
  }
  const { facts, longTextChars, minOverlap } = state;
  const basis = groundValue({ value, schema, facts, longTextChars, minOverlap });
  state.findings.push({ path, tool: state.tool, value, grounded: basis !== "missing", basis });
}

/**
 * Deterministic grounding check: every literal argument value of every call must appear in or follow from the
 * query (see {@link groundValue} for the rules: normalised text, numbers in digits or words, percentages,
 * dates in several formats, units ignored, defaults and named enum members accepted, long text by overlap).
 * Values of calls to tools not offered are checked without a schema.
 *
 * @example
 * const report = checkGrounding({ query: "Weather in Paris", calls, tools });
 * report.ungrounded.map((finding) => finding.path); // ["$.answers[0].arguments.city"] for "Lyon"
 */
export function checkGrounding({
  query,
  calls,
  tools,
  longTextChars = 60,
  minOverlap = 0.5,
}: CheckGroundingOptions): GroundingReport {
  const facts = readQueryFacts(query);
  const findings: GroundingFinding[] = [];
  calls.forEach((call, index) => {
    const schema = tools.find((tool) => tool.name === call.name)?.parameters;
    const state: Walk = { facts, tool: call.name, longTextChars, minOverlap, findings };
    walk(call.arguments, schema, `$.answers[${index}].arguments`, state);
  });
  const ungrounded = findings.filter((finding) => !finding.grounded);
  return { grounded: ungrounded.length === 0, findings, ungrounded };
}
