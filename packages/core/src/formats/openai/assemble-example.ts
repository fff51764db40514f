import { type Example, inferQueryStyle, type Provenance } from "../../schemas/example.js";
import type { ExecutionRecord } from "../../schemas/execution-record.js";
import type { Tool } from "../../schemas/tool.js";
import type { ToolCall } from "../../schemas/tool-call.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import type { ChatExtension } from "./chat-extension.js";
import { type DeriveExecution, executionFromEntry } from "./execution-entry.js";

/** What a chat format's reader found in a row, before the `apigen` key is applied. */
export interface ChatParts {
  query: string;
  /** The tools as the format holds them (name, description, parameters). */
  tools: Tool[];
  /** The calls as the format holds them (with ids only where the format has them). */
  answers: ToolCall[];
  /** One derivation per tool result, in the row's order. */
  executions: DeriveExecution[];
  response?: string | undefined;
  system?: string | undefined;
}

/** Options of {@link assembleExample}. */
export interface AssembleExampleOptions {
  /** The row's `apigen` key, already validated. */
  extension: ChatExtension | undefined;
  /** Whether the format holds call ids itself (then `apigen.answers` is refused). */
  callIds: "native" | "extension";
  context: ConversionContext;
}

/** Builds the canonical example, in canonical key order, from a chat row's parts and its `apigen` key. */
export function assembleExample(
  parts: ChatParts,
  { extension = {}, callIds, context }: AssembleExampleOptions,
): Example {
  const tools = mergeAligned(parts.tools, extension.tools, "apigen.tools", context);
  if (callIds === "native" && extension.answers !== undefined) {
    throw conversionError(
      { ...context, field: "apigen.answers" },
      "this format keeps call ids in its own calls; apigen.answers is not read",
    );
  }
  const answers = mergeAligned(parts.answers, extension.answers, "apigen.answers", context);
  const example: Example = {
    ...(extension.id === undefined ? {} : { id: extension.id }),
    query: parts.query,
    tools,
    answers,
    style: extension.style ?? inferQueryStyle({ tools, answers }),
  };
  if (extension.category !== undefined) {
    example.category = extension.category;
  }
  if (parts.response !== undefined) {
    example.response = parts.response;
  }
  if (extension.thought !== undefined) {
    example.thought = extension.thought;
  }
  if (parts.system !== undefined) {
    example.system = parts.system;
  }
  const provenance = assembleProvenance(parts.executions, extension.provenance, context);
  if (provenance !== undefined) {
    example.provenance = provenance;
  }
  return example;
}

function mergeAligned<Item extends object>(
  items: Item[],
  extras: object[] | undefined,
  field: string,
  context: ConversionContext,
): Item[] {
  if (extras === undefined) {
    return items;
  }
  if (extras.length !== items.length) {
    throw conversionError(
      { ...context, field },
      `has ${extras.length} entries but the row has ${items.length}; the list must be aligned with the row's`,
    );
  }
  return items.map((item, index) => ({ ...item, ...extras[index] }));
}

function assembleProvenance(
  derivations: DeriveExecution[],
  stored: ChatExtension["provenance"],
  context: ConversionContext,
): Provenance | undefined {
  const entries = stored?.executions;
  const field = "apigen.provenance.executions";
  if (entries !== undefined && entries.length !== derivations.length) {
    throw conversionError(
      { ...context, field },
      `has ${entries.length} entries but the row has ${derivations.length} tool results`,
    );
  }
  const executions: ExecutionRecord[] = derivations.map((derive, index) =>
    executionFromEntry(entries?.[index] ?? {}, derive, { ...context, field: `${field}[${index}]` }),
  );
  if (stored === undefined) {
    return executions.length === 0 ? undefined : { executions };
  }
  const provenance: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    provenance[key] = key === "executions" ? executions : value;
  }
  if (entries === undefined && executions.length > 0) {
    provenance.executions = executions;
  }
  return provenance as Provenance;
}
