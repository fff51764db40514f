import { type Example, inferQueryStyle, type Provenance } from "../../schemas/example.js";
import type { Tool } from "../../schemas/tool.js";
import type { ChatExtension, ExecutionEntry, ToolExtras } from "./chat-extension.js";

/** Options of {@link buildChatExtension}. */
export interface BuildChatExtensionOptions {
  /** `"native"` where the format holds call ids (OpenAI), `"extension"` where they go to `apigen.answers`. */
  callIds: "native" | "extension";
  /**
   * One entry per execution record (see `executionEntryOf`), in order; not written where the example has no
   * `provenance.executions`.
   */
  executionEntries: ExecutionEntry[];
}

/**
 * The `apigen` key for a row: the canonical fields a chat format cannot hold, or `undefined` when there are
 * none. Execution entries that are all empty are left out, since the format's tool results give the records
 * back alone.
 */
export function buildChatExtension(
  example: Example,
  { callIds, executionEntries }: BuildChatExtensionOptions,
): ChatExtension | undefined {
  const extension: ChatExtension = {};
  if (example.id !== undefined) {
    extension.id = example.id;
  }
  const tools = example.tools.map(toolExtrasOf);
  if (tools.some(isFilled)) {
    extension.tools = tools;
  }
  if (callIds === "extension") {
    const answers = example.answers.map((call) => (call.id === undefined ? {} : { id: call.id }));
    if (answers.some(isFilled)) {
      extension.answers = answers;
    }
  }
  if (example.style !== inferQueryStyle(example)) {
    extension.style = example.style;
  }
  if (example.category !== undefined) {
    extension.category = example.category;
  }
  if (example.thought !== undefined) {
    extension.thought = example.thought;
  }
  const provenance = provenanceExtension(example.provenance, executionEntries);
  if (provenance !== undefined) {
    extension.provenance = provenance;
  }
  return Object.keys(extension).length === 0 ? undefined : extension;
}

/** The fields of a tool that the formats' tool lists have no place for. */
export function toolExtrasOf(tool: Tool): ToolExtras {
  const extras: ToolExtras = {};
  if (tool.returns !== undefined) {
    extras.returns = tool.returns;
  }
  if (tool.category !== undefined) {
    extras.category = tool.category;
  }
  if (tool.source !== undefined) {
    extras.source = tool.source;
  }
  return extras;
}

function provenanceExtension(
  provenance: Provenance | undefined,
  entries: ExecutionEntry[],
): ChatExtension["provenance"] {
  if (provenance === undefined) {
    return undefined;
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(provenance)) {
    if (key !== "executions") {
      if (value !== undefined) {
        result[key] = value;
      }
    } else if (value !== undefined && (entries.length === 0 || entries.some(isFilled))) {
      result[key] = entries;
    }
  }
  if (Object.keys(result).length === 0 && provenance.executions !== undefined) {
    return undefined;
  }
  return result as ChatExtension["provenance"];
}

function isFilled(value: object): boolean {
  return Object.keys(value).length > 0;
}
