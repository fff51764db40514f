import { isJsonObject, type JsonValue } from "@apigen/core";

/**
 * One tool call as the wire has it: whole in a completion's `message.tool_calls`, or a piece of one in a
 * chunk's `delta.tool_calls` (pieces with the same `index` add up to one call).
 */
export interface ApiToolCallPart {
  index: number;
  id: string | undefined;
  name: string | undefined;
  /** The arguments as JSON text, or the next piece of that text in a chunk. */
  arguments: string | undefined;
}

/**
 * Reads `tool_calls` (of a message or a delta); undefined when it is missing, not an array or empty. Entries
 * that are not objects are skipped; an entry without `index` takes its position.
 */
export function readApiToolCalls(value: JsonValue | undefined): ApiToolCallPart[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    return undefined;
  }
  const parts: ApiToolCallPart[] = [];
  value.forEach((entry, position) => {
    if (!isJsonObject(entry)) {
      return;
    }
    const fn = isJsonObject(entry.function) ? entry.function : {};
    parts.push({
      index: typeof entry.index === "number" ? entry.index : position,
      id: typeof entry.id === "string" ? entry.id : undefined,
      name: typeof fn.name === "string" ? fn.name : undefined,
      arguments: typeof fn.arguments === "string" ? fn.arguments : undefined,
    });
  });
  return parts.length === 0 ? undefined : parts;
}

/**
 * Adds the tool-call pieces of one stream chunk to the calls seen so far: a new `index` starts a call, later
 * pieces fill in its id and name and append to its arguments.
 */
export function mergeApiToolCalls(
  seen: ApiToolCallPart[] | undefined,
  pieces: readonly ApiToolCallPart[] | undefined,
): ApiToolCallPart[] | undefined {
  if (pieces === undefined) {
    return seen;
  }
  const merged = seen ?? [];
  for (const piece of pieces) {
    const call = merged.find((candidate) => candidate.index === piece.index);
    if (call === undefined) {
      merged.push({ ...piece });
      continue;
    }
    call.id ??= piece.id;
    call.name ??= piece.name;
    if (piece.arguments !== undefined) {
      call.arguments = (call.arguments ?? "") + piece.arguments;
    }
  }
  return merged;
}
