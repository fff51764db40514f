import { IllegalRunTransitionError } from "./illegal-run-transition-error.js";
import type { RunState } from "./run-state.js";
import { canTransitionRun, type RunStatus } from "./run-status.js";

/** Options of {@link transitionRun}. */
export interface TransitionRunOptions {
  /** The status to move to. */
  to: RunStatus;
  /** Why, in words; kept in the history. */
  detail?: string;
  /** The time of the move. @default new Date() */
  at?: Date;
}

/**
 * Returns `state` moved to another status, with the move appended to its history. Throws an
 * {@link IllegalRunTransitionError} for a move that {@link canTransitionRun} forbids.
 *
 * @example
 * const running = transitionRun(submitted, { to: "running" });
 */
export function transitionRun(
  state: RunState,
  { to, detail, at = new Date() }: TransitionRunOptions,
): RunState {
  if (!canTransitionRun(state.status, to)) {
    throw new IllegalRunTransitionError({ runId: state.runId, from: state.status, to });
  }
  return {
    ...state,
    status: to,
    history: [
      ...state.history,
      { status: to, at: at.toISOString(), ...(detail === undefined ? {} : { detail }) },
    ],
  };
}
