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
 * Writes what one answered prompt produced: its accepted rows, then every candidate's record. The journal line
 * that marks the prompt done is returned, to be written only once the accepted rows are synced to disk
 * (`syncCommitted`, which groups many prompts per sync). A stop before that line is written makes the resumed
 * run send the prompt again (answered by the response cache) and recognise rows already written by their ids.
 * Candidates that pass after their style's target is met are counted as surplus and not kept.
 */
export async function commitPrompt(
  context: CommitContext,
  outcome: Extract<PromptOutcome, { kind: "answered" }>,
): Promise<{ added: number; done: FinishedPrompt }> {
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
  for (const record of records) {
    await context.candidates.write(record);
    context.onRecord(record);
  }
  return { added, done: { kind: "done", prompt: plan.prompt, candidates: records.length, surplus } };
}

/**
 * Makes committed prompts durable in the order a crash needs: accepted rows synced to disk, candidate records
 * written, and only then the journal lines that mark those prompts done.
 */
export async function syncCommitted(
  context: Pick<CommitContext, "accepted" | "candidates" | "journal">,
  done: readonly FinishedPrompt[],
): Promise<void> {
  await context.accepted.flush({ sync: true });
  await context.candidates.flush();
  for (const line of done) {
    await context.journal.write(line);
  }
  await context.journal.flush();
}
