import type { StringifyJsonOptions } from "../../json/stringify-json.js";
import type { ExecutionRecord } from "../../schemas/execution-record.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import type { ExecutionEntry } from "./chat-extension.js";
import { decodeToolOutput, encodeToolOutput } from "./encode-tool-output.js";
import { derivedExecution } from "./execution-entry.js";

/**
 * The `content` of the tool message for an execution record: the encoded output of a success (`""` when it
 * has none), the message of a failure (`""` when it has none).
 */
export function openAiToolContent(
  record: ExecutionRecord,
  style: NonNullable<StringifyJsonOptions["style"]>,
): string {
  if (record.status === "ok") {
    return record.output === undefined ? "" : encodeToolOutput(record.output, { style });
  }
  return record.message ?? "";
}

/** Options of {@link openAiExecution}. */
export interface OpenAiExecutionOptions {
  /** The tool message's content. */
  content: string;
  /** Index of the call whose id the tool message names. */
  call: number;
  name: string;
  entry: ExecutionEntry;
  context: ConversionContext;
}

/** The execution record a tool message stands for, given its `apigen` entry; the inverse of {@link openAiToolContent}. */
export function openAiExecution({
  content,
  call,
  name,
  entry,
  context,
}: OpenAiExecutionOptions): ExecutionRecord {
  const ok = (entry.status ?? "ok") === "ok";
  const value = ok ? (content === "" ? undefined : decodeToolOutput(content)) : content;
  return derivedExecution({ call, name, content: value, entry, context });
}
