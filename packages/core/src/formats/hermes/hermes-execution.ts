import type { ExecutionRecord } from "../../schemas/execution-record.js";
import type { ExecutionEntry } from "../openai/chat-extension.js";
import { derivedExecution } from "../openai/execution-entry.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { joinField } from "../shared/join-field.js";
import type { HermesToolResponse } from "./hermes-api.js";

/** The JSON of the `<tool_response>` block for an execution record: its name, and the output or message. */
export function hermesToolResponse(record: ExecutionRecord): HermesToolResponse {
  const content = record.status === "ok" ? record.output : record.message;
  return content === undefined ? { name: record.name } : { name: record.name, content };
}

/** The execution record of the `index`-th `<tool_response>` block, given its `apigen` entry. */
export function hermesExecution(
  response: HermesToolResponse,
  index: number,
  entry: ExecutionEntry,
  context: ConversionContext,
): ExecutionRecord {
  return derivedExecution({
    call: index,
    name: response.name,
    content: response.content,
    entry,
    context: { ...context, field: joinField(context.field, "content") },
  });
}
