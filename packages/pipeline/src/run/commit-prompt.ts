import type { JsonlWriter, QueryStyle, StageVerdict } from "@apigen/core";
import type { Deduplicator } from "../dedup/index.js";
import type { CandidateRecord } from "../records/index.js";
import { buildExample, type RowAuthors } from "./build-example.js";
import type { FinishedPrompt } from "./prompt-journal.js";
import { promptKey } from "./prompt-journal.js";
import type { PromptOutcome } from "./send-prompt.js";

/** The run's mutable state that committing a prompt updates. */
export interface CommitContext {
  accepted: JsonlWriter;
  candidates: JsonlWriter;
  journal: JsonlWriter;
  dedup: Deduplicator;
  /** Ids of rows already on disk (written before a stop, by a prompt now sent again). */
  acceptedIds: Set<string>;
  acceptedByStyle: Partial<Record<QueryStyle, number>>;
  targets: Partial<Record<QueryStyle, number>>;
  authors: RowAuthors;
  /** Called for each accepted row after it is on disk: the seed pool takes it. */
  onAccepted: (example: import("@apigen/core").Example) => void;
  onRecord: (record: CandidateRecord) => void;
}

/**
 * Writes what one answered prompt produced, in the order that makes a stop at any moment safe: accepted rows
 * first (synced), then every candidate's record, then the journal line that marks the prompt done. A stop
 * before the last write makes the resumed run send the prompt again (answered by the response cache) and
 * recognise rows already written by their ids. Candidates that pass after their style's target is met are
 * counted as surplus and not kept. Resolves to the rows newly accepted.
 */
export async function commitPrompt(
  context: CommitContext,
  outcome: Extract<PromptOutcome, { kind: "answered" }>,
): Promise<number> {
  const { plan, results } = outcome;
  const at = new Date().toISOString();
  const records: CandidateRecord[] = [];
  let added = 0;
  let surplus = 0;
  for (const [index, result] of results.entries()) {
    const id = `${promptKey(plan.prompt)}.${index + 1}`;
    const record: CandidateRecord = {
      id,
      prompt: plan.prompt,
      promptId: plan.promptId,
      style: plan.style,
      category: plan.category,
      tools: plan.tools,
      ...(result.candidate === undefined ? {} : { candidate: result.candidate }),
      verdicts: result.verdicts as StageVerdict[],
      accepted: false,
      at,
    };
    const { candidate } = result;
    if (!result.accepted || candidate === undefined) {
      records.push(record);
      continue;
    }
    if (context.acceptedIds.has(id)) {
      records.push({ ...record, accepted: true });
      continue;
    }
    const key = { query: candidate.query, tools: plan.tools, answers: candidate.answers };
    const duplicate = context.dedup.check(key);
    if (duplicate.duplicate) {
      records.push({ ...record, duplicate: { reason: duplicate.reason, of: duplicate.of } });
      continue;
    }
    if ((context.acceptedByStyle[plan.style] ?? 0) >= (context.targets[plan.style] ?? 0)) {
      surplus++;
      continue;
    }
    const example = buildExample(id, outcome, { ...result, candidate }, context.authors, at);
    await context.accepted.write(example);
    context.dedup.add(key, id);
    context.acceptedIds.add(id);
    context.acceptedByStyle[plan.style] = (context.acceptedByStyle[plan.style] ?? 0) + 1;
    context.onAccepted(example);
    records.push({ ...record, accepted: true });
    added++;
  }
  await context.accepted.flush({ sync: added > 0 });
  for (const record of records) {
    await context.candidates.write(record);
    context.onRecord(record);
  }
  await context.candidates.flush();
  const done: FinishedPrompt = { kind: "done", prompt: plan.prompt, candidates: records.length, surplus };
  await context.journal.write(done);
  await context.journal.flush();
  return added;
}
