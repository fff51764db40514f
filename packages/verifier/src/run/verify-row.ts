import type { ExecutionRecord, QueryStyle, StageVerdict, Tool } from "@apigen/core";
import type { ArgumentValidator } from "@apigen/tools";
import type { Candidate } from "../candidate.js";
import { type CheckExecutionOptions, checkExecution } from "../execution/check-execution.js";
import { checkFormat } from "../format/check-format.js";
import { parseCandidates } from "../format/parse-candidates.js";
import {
  type JudgeCandidateOptions,
  judgeCandidate,
  type SemanticCheck,
} from "../semantic/judge-candidate.js";

/** One row to verify: raw model text to parse, or a candidate already parsed, with its tools and style. */
export type VerifyRowInput = {
  id: string;
  tools: readonly Tool[];
  /** The style the row was asked for; stage 1 checks the call count against it. */
  style?: QueryStyle;
} & ({ text: string; candidate?: never } | { candidate: Candidate; text?: never });

/** What stages 1 and 2 decided about one candidate. */
export interface VerifiedCandidate {
  /** The row's id; `id/2` for the second of several candidates in one text. */
  id: string;
  /** The parsed candidate; absent when the text could not be read. */
  candidate?: Candidate;
  /** One verdict per stage that ran, in order; the last is the one that stopped the row, if any. */
  verdicts: StageVerdict[];
  accepted: boolean;
  /** What each call returned in stage 2. */
  records: ExecutionRecord[];
  /** Stage 3's judgements and grounding findings, when a judge was given and the candidate got that far. */
  semantic?: SemanticCheck;
}

/** Stage 3 settings: the judge and how to ask it; the candidate, its tools and records come from the row. */
export type VerifyJudgeOptions = Omit<
  JudgeCandidateOptions,
  "candidate" | "tools" | "records" | "abortSignal"
>;

/** Settings shared by every row of a run. */
export type VerifyRowSettings = Omit<CheckExecutionOptions, "candidate"> & {
  validator: ArgumentValidator;
  judge?: VerifyJudgeOptions;
};

/** Runs stage 1, then stage 2 if it passes, then stage 3 if a judge is given, over every candidate of a row. */
export async function verifyRow(
  row: VerifyRowInput,
  settings: VerifyRowSettings,
): Promise<VerifiedCandidate[]> {
  let candidates: Candidate[];
  if (row.candidate === undefined) {
    const parsed = parseCandidates(row.text);
    if (!parsed.success) {
      const { reason, detail, path } = parsed.error;
      const verdict: StageVerdict = { stage: "format", pass: false, reason, detail, path };
      return [{ id: row.id, verdicts: [verdict], accepted: false, records: [] }];
    }
    candidates = parsed.value;
  } else {
    candidates = [row.candidate];
  }
  const { validator, judge, ...execution } = settings;
  return Promise.all(
    candidates.map(async (candidate, index): Promise<VerifiedCandidate> => {
      const id = candidates.length === 1 ? row.id : `${row.id}/${index + 1}`;
      const format = checkFormat(
        { candidate, tools: row.tools, ...(row.style === undefined ? {} : { style: row.style }) },
        validator,
      );
      if (!format.pass) {
        return { id, candidate, verdicts: [format], accepted: false, records: [] };
      }
      const { verdict, records } = await checkExecution({ ...execution, candidate });
      if (!verdict.pass || judge === undefined) {
        return { id, candidate, verdicts: [format, verdict], accepted: verdict.pass, records };
      }
      const semantic = await judgeCandidate({
        ...judge,
        candidate,
        tools: row.tools,
        records,
        ...(execution.abortSignal === undefined ? {} : { abortSignal: execution.abortSignal }),
      });
      const verdicts = [format, verdict, semantic.verdict];
      return { id, candidate, verdicts, accepted: semantic.verdict.pass, records, semantic };
    }),
  );
}
