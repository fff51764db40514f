import type { QueryStyle, Tool, ToolCall } from "@apigen/core";

/** What a generator proposes: a query and the calls that answer it, before any check. */
export interface Candidate {
  query: string;
  answers: ToolCall[];
  thought?: string;
  /**
   * What the assistant says instead of calling: the statement of a `no_call` row, the question of a
   * `missing_argument` row.
   */
  response?: string;
}

/** A candidate with the tools it was generated for and the style it was asked for. */
export interface CandidateInput {
  candidate: Candidate;
  tools: readonly Tool[];
  /** The style the prompt asked for; the format stage checks the call count against it. */
  style?: QueryStyle;
}
