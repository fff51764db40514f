import type { JsonValue } from "../../json/json-value.js";
import type { ExecutionRecord } from "../../schemas/execution-record.js";
import type { ExecutionEntry } from "../openai/chat-extension.js";
import { derivedExecution } from "../openai/execution-entry.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";

/** The item of the `observation` list for an execution record: the output or message, `null` for none. */
export function shareGptObservation(record: ExecutionRecord): JsonValue {
  return (record.status === "ok" ? record.output : record.message) ?? null;
}

/** Options of {@link shareGptExecution}. */
export interface ShareGptExecutionOptions {
  /** The item of the `observation` list. */
  item: JsonValue;
  /** Its index, which is also the index of the call it answers. */
  index: number;
  /** The name of that call, where the row has one. */
  name: string | undefined;
  entry: ExecutionEntry;
  context: ConversionContext;
}

/** The execution record of one `observation` item, given its `apigen` entry. */
export function shareGptExecution({
  item,
  index,
  name,
  entry,
  context,
}: ShareGptExecutionOptions): ExecutionRecord {
  if (name === undefined) {
    throw conversionError(
      context,
      `result ${index} has no call to answer: the function_call turn has fewer calls`,
    );
  }
  const failed = (entry.status ?? "ok") !== "ok";
  const content = failed && item === null ? undefined : item;
  return derivedExecution({ call: index, name, content, entry, context });
}
