import { ConversionError } from "../../errors/conversion-error.js";
import { jsonEqual } from "../../json/json-equal.js";
import type { JsonValue } from "../../json/json-value.js";
import { type ExecutionRecord, executionRecordSchema } from "../../schemas/execution-record.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { validateWire } from "../shared/validate-wire.js";
import type { ExecutionEntry } from "./chat-extension.js";

/** Rebuilds an execution record from a format's tool result and the entry the `apigen` key holds for it. */
export type DeriveExecution = (entry: ExecutionEntry) => ExecutionRecord;

/**
 * The `apigen` entry that, with the format's tool result, gives `record` back: the fields the tool result
 * does not carry, or the whole record where the result alone would read back differently (a failure without
 * a message, results out of call order, ...).
 */
export function executionEntryOf(record: ExecutionRecord, derive: DeriveExecution): ExecutionEntry {
  const entry: ExecutionEntry = {};
  const ok = record.status === "ok";
  if (!ok) {
    entry.status = record.status;
    if (record.output !== undefined) {
      entry.output = record.output;
    }
  } else if (record.message !== undefined) {
    entry.message = record.message;
  }
  copyTail(record, entry);
  try {
    if (jsonEqual(derive(entry), record)) {
      return entry;
    }
  } catch (error) {
    if (!ConversionError.isInstance(error)) {
      throw error;
    }
  }
  return wholeRecord(record);
}

/** The execution record for one tool result: the entry itself where it is whole, else derived. */
export function executionFromEntry(
  entry: ExecutionEntry,
  derive: DeriveExecution,
  context: ConversionContext,
): ExecutionRecord {
  if (entry.call === undefined) {
    return derive(entry);
  }
  return validateWire(executionRecordSchema, entry, context);
}

/** Options of {@link derivedExecution}. */
export interface DerivedExecutionOptions {
  call: number;
  name: string;
  /** The value the format's tool result holds: the output of a success, the message of a failure. */
  content: JsonValue | undefined;
  entry: ExecutionEntry;
  /** Where the tool result is, for the error when a failure's content is not a string. */
  context: ConversionContext;
}

/** Builds an execution record, in canonical key order, from a tool result's content and its entry. */
export function derivedExecution({
  call,
  name,
  content,
  entry,
  context,
}: DerivedExecutionOptions): ExecutionRecord {
  const status = entry.status ?? "ok";
  const record: ExecutionRecord = { call, name, status };
  const output = status === "ok" ? content : entry.output;
  let message = entry.message;
  if (status !== "ok" && content !== undefined) {
    if (typeof content !== "string") {
      throw conversionError(context, `the result of a failed call (${status}) must be its error message`);
    }
    message = content;
  }
  if (output !== undefined) {
    record.output = output;
  }
  if (message !== undefined) {
    record.message = message;
  }
  copyTail(entry, record);
  return record;
}

function copyTail(from: ExecutionEntry, to: ExecutionEntry): void {
  if (from.truncated !== undefined) {
    to.truncated = from.truncated;
  }
  if (from.durationMs !== undefined) {
    to.durationMs = from.durationMs;
  }
}

function wholeRecord(record: ExecutionRecord): ExecutionEntry {
  const entry: ExecutionEntry = { call: record.call, name: record.name, status: record.status };
  if (record.output !== undefined) {
    entry.output = record.output;
  }
  if (record.message !== undefined) {
    entry.message = record.message;
  }
  copyTail(record, entry);
  return entry;
}
