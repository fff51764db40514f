import { acceptedRows } from "./accepted-rows.js";
import type { CorpusRow } from "./corpus-row.js";
import { executionRows } from "./execution-rows.js";
import { formatRows } from "./format-rows.js";

/**
 * The labelled verification corpus: raw model answers over the built-in tools, each with the stage (format,
 * execution, or accepted) and reason code stages 1 and 2 must give it. Correct rows of every style; rows with
 * every defect the two stages catch (unreadable JSON, missing fields, hallucinated tools and arguments, wrong
 * types, missing required arguments, enum, range, format and pattern violations, wrong call counts, a tool's own
 * rejection of an unknown entity, error payloads).
 *
 * @example
 * const rejected = verificationCorpus.filter((row) => row.expected.stage !== "accepted");
 */
export const verificationCorpus: readonly CorpusRow[] = [
  ...acceptedRows,
  ...formatRows,
  ...executionRows,
  {
    id: "ok-validation-passes",
    style: "simple",
    tools: ["validate_json_schema"],
    text: '{"query": "Is 7 an integer by this schema?", "answers": [{"name": "validate_json_schema", "arguments": {"document": 7, "schema": {"type": "integer"}}}]}',
    expected: { stage: "accepted", reason: "ok" },
  },
];
