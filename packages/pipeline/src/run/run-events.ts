import type { QueryStyle, RunStats } from "@apigen/core";

/** Where a run stands, for a progress display. */
export interface RunProgress {
  accepted: number;
  target: number;
  acceptedByStyle: Partial<Record<QueryStyle, number>>;
  generated: number;
  failed: { format: number; execution: number; semantic: number; duplicate: number };
  /** Prompts sent to the model, model calls in flight, and prompts waiting for a batch result. */
  prompts: { sent: number; inFlight: number; waiting: number; failed: number };
  /** Accepted rows per minute in this process. */
  rowsPerMinute: number;
  /** Estimated milliseconds to the target at the current rate; undefined before the first row. */
  etaMs: number | undefined;
}

/** What a run reports while it works; the CLI renders these, the pipeline never prints. */
export type RunEvent =
  | {
      type: "start";
      runDir: string;
      /** Rows already on disk when a run resumes. */
      resumedWith: number;
      /** Unfinished prompts from a stopped process, sent again first. */
      pendingPrompts: number;
      target: number;
      sources: string[];
      models: { generator: string; judge?: string };
    }
  | { type: "progress"; progress: RunProgress }
  /** A prompt the model could not answer; the run goes on. */
  | { type: "prompt-failed"; prompt: number; error: string }
  | { type: "finish"; stats: RunStats; progress: RunProgress; reason: RunStopReason };

/**
 * Why a run ended: `completed` (every target met), `aborted` (the signal fired: Ctrl-C), `batch` (requests wait
 * for batch results), `max-prompts` (the configured safety stop), `model-failing` (the model failed too many
 * times in a row).
 */
export type RunStopReason = "completed" | "aborted" | "batch" | "max-prompts" | "model-failing";
