import { normalizeQuery, stringifyJson, type ToolCall } from "@apigen/core";
import { hashText, mix32 } from "./hash-32.js";

/**
 * The identity of a row for exact dedup, as a 53-bit number: two independent hashes of the sorted tool names, the normalised
 * query and the calls in canonical JSON (`stringifyJson`, keys sorted, calls in sorted order, so `5` and `5.0`
 * stay different and the order of parallel calls does not matter).
 */
export function exactKey({
  query,
  tools,
  answers,
}: {
  query: string;
  tools: readonly string[];
  answers: readonly ToolCall[];
}): number {
  const calls = answers
    .map((call) => stringifyJson({ name: call.name, arguments: call.arguments }, { sortKeys: true }))
    .sort();
  const text = `${[...tools].sort().join("\u0000")}\u0001${normalizeQuery(query)}\u0001${calls.join("\u0000")}`;
  const low = hashText(text);
  const high = mix32(hashText(text, 0, text.length, 0x27d4eb2f) ^ text.length) & 0x1fffff;
  return high * 0x1_0000_0000 + low;
}
