import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import {
  createJsonlWriter,
  type Example,
  type QueryStyle,
  readJsonl,
  readRunExamples,
  runFiles,
} from "@apigen/core";
import { type PlannedPrompt, promptJournalLineSchema } from "./prompt-journal.js";
import { truncateTornTail } from "./truncate-torn-tail.js";

/** Files of a run directory that only the pipeline reads. */
export const pipelineFiles = { prompts: "prompts.jsonl", lock: "run.lock" } as const;

/** What a run directory already holds, read back when a run starts or resumes. */
export interface RunState {
  /** Ids of the accepted rows on disk. */
  acceptedIds: Set<string>;
  /** Accepted rows per style. */
  acceptedByStyle: Partial<Record<QueryStyle, number>>;
  /** Prompts planned but never finished (the process stopped first), in prompt order: sent again first. */
  pending: PlannedPrompt[];
  /** The next unused prompt number. */
  nextPrompt: number;
  /** Prompts the journal records as planned, in all. */
  promptsPlanned: number;
  /** How often each tool was offered by the prompts planned so far, so coverage carries on after a resume. */
  toolUsage: Record<string, number>;
}

/**
 * Reads a run directory back after a stop at any moment: cuts torn last lines, lists the accepted rows, finds
 * the prompts that were planned but not finished, and drops the candidate records those prompts had written
 * (they are written again when the prompt is sent again). Calls `onAccepted` for each accepted row, in file
 * order, so the caller can refill its dedup index and seed pool.
 */
export async function readRunState(
  runDir: string,
  onAccepted: (example: Example) => void,
): Promise<RunState> {
  const journalPath = join(runDir, pipelineFiles.prompts);
  const candidatesPath = join(runDir, runFiles.candidates);
  for (const file of [runFiles.accepted, runFiles.candidates, pipelineFiles.prompts]) {
    await truncateTornTail(join(runDir, file));
  }
  const acceptedIds = new Set<string>();
  const acceptedByStyle: Partial<Record<QueryStyle, number>> = {};
  for await (const example of readIfPresent(readRunExamples(runDir))) {
    if (example.id !== undefined) {
      acceptedIds.add(example.id);
    }
    acceptedByStyle[example.style] = (acceptedByStyle[example.style] ?? 0) + 1;
    onAccepted(example);
  }
  const planned = new Map<number, PlannedPrompt>();
  const ended = new Set<number>();
  let nextPrompt = 0;
  const toolUsage: Record<string, number> = {};
  for await (const { value } of readIfPresent(readJsonl(journalPath))) {
    const line = promptJournalLineSchema.parse(value);
    if (line.kind === "planned") {
      planned.set(line.prompt, line as PlannedPrompt);
      for (const tool of line.tools) {
        toolUsage[tool] = (toolUsage[tool] ?? 0) + 1;
      }
      nextPrompt = Math.max(nextPrompt, line.prompt + 1);
    } else {
      ended.add(line.prompt);
    }
  }
  const pending = [...planned.values()].filter((prompt) => !ended.has(prompt.prompt));
  await dropRecordsOf(candidatesPath, new Set(pending.map((prompt) => prompt.prompt)));
  return { acceptedIds, acceptedByStyle, pending, nextPrompt, promptsPlanned: planned.size, toolUsage };
}

/** Rewrites `candidates.jsonl` without the records of unfinished prompts, atomically. */
async function dropRecordsOf(path: string, prompts: ReadonlySet<number>): Promise<void> {
  if (prompts.size === 0) {
    return;
  }
  let dropped = 0;
  const temporary = `${path}.tmp`;
  const writer = await createJsonlWriter(temporary);
  for await (const { value } of readIfPresent(readJsonl(path))) {
    const prompt = (value as { prompt?: unknown }).prompt;
    if (typeof prompt === "number" && prompts.has(prompt)) {
      dropped++;
      continue;
    }
    await writer.write(value);
  }
  await writer.close();
  await (dropped > 0 ? rename(temporary, path) : rm(temporary, { force: true }));
}

/** Iterates a file reader, treating a file that does not exist yet as empty. */
async function* readIfPresent<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw error;
    }
  }
}
