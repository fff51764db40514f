import type { Example } from "@apigen/core";
import type { VerifiedCandidate } from "@apigen/verifier";
import type { PlannedPrompt } from "./prompt-journal.js";
import type { PromptOutcome } from "./send-prompt.js";

/** Who made and checked a row, for its provenance. */
export interface RowAuthors {
  generatorModel: string;
  judgeModel?: string | undefined;
  seed: number;
}

/** The accepted row a verified candidate becomes, with its provenance (verdicts, executions, models, template). */
export function buildExample(
  id: string,
  outcome: Extract<PromptOutcome, { kind: "answered" }>,
  result: VerifiedCandidate & { candidate: NonNullable<VerifiedCandidate["candidate"]> },
  authors: RowAuthors,
  createdAt: string,
): Example {
  const { plan, tools } = outcome;
  const { candidate } = result;
  return {
    id,
    query: candidate.query,
    tools,
    answers: candidate.answers,
    style: plan.style,
    category: plan.category,
    ...(candidate.response === undefined ? {} : { response: candidate.response }),
    ...(candidate.thought === undefined ? {} : { thought: candidate.thought }),
    provenance: provenanceOf(plan, result, authors, createdAt),
  };
}

function provenanceOf(
  plan: PlannedPrompt,
  result: VerifiedCandidate,
  { generatorModel, judgeModel, seed }: RowAuthors,
  createdAt: string,
): NonNullable<Example["provenance"]> {
  return {
    generatorModel,
    ...(judgeModel === undefined ? {} : { judgeModel }),
    promptId: plan.promptId,
    seed,
    verdicts: result.verdicts,
    executions: result.records,
    createdAt,
  };
}
